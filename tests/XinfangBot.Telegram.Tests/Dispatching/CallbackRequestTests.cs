using XinfangBot.Telegram.Dispatching;

namespace XinfangBot.Telegram.Tests.Dispatching;

public sealed class CallbackRequestTests
{
    public static TheoryData<string> ValidData() =>
    [
        "r", "h", "x:forget-confirm", "x:forget-cancel", "d:0", "d:12", "t:guide/unpaid-wages", "t:faq/fucha-review",
        "f:17:1", "f:17:0", "q:17:3", "u:2:guide/unpaid-wages",
    ];

    [Theory]
    [MemberData(nameof(ValidData))]
    public void TryParse_EveryFormatTheBotSends_RoundTrips(string data)
    {
        Assert.True(CallbackRequest.TryParse(data, out var request));
        Assert.Equal(data, request.Format());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zzz")]
    [InlineData("f:abc:1")]
    [InlineData("f:17:2")]
    [InlineData("f:0:1")]
    [InlineData("f:-5:1")]
    [InlineData("f:17")]
    [InlineData("q:17")]
    [InlineData("q:17:99")]
    [InlineData("d:100")]
    [InlineData("d:1:2")]
    [InlineData("t:law/xinfang")]
    [InlineData("t:guide/../../etc/passwd")]
    [InlineData("t:guide/Unpaid")]
    [InlineData("u:1:guide/unpaid-wages:extra")]
    [InlineData("x:forget-everything")]
    [InlineData("t:guide/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("f:17:1 ")]
    [InlineData("R")]
    public void TryParse_ForgedOrMalformedData_IsRejected(string? data)
    {
        Assert.False(CallbackRequest.TryParse(data, out _));
    }

    [Fact]
    public void Format_LongestTopic_FitsTelegramsSixtyFourBytes()
    {
        var longest = SharedTopics().Max(id => System.Text.Encoding.UTF8.GetByteCount(CallbackRequest.GuideFollowup(id, 9).Format()));

        Assert.True(longest <= 64, $"{longest} bytes");
    }

    private static IEnumerable<string> SharedTopics() => Support.SharedKnowledge.Knowledge.Current.Documents.Select(d => d.Id);
}
