using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Hardship told in everyday words: 没收入 (no income) is not 没收 (confiscation), and a household without income asking
/// what it may apply for is a social-assistance question, not a message out of scope.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class HardshipWordingTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("家里男人瘫在床上，我也没收入，孩子还小，能申请啥")]
    [InlineData("老伴走了两年，我一个人种不了地，没有收入，能领点啥补助")]
    public void HouseholdWithoutIncome_IsAskedAboutSocialAssistance_WithNoPenaltyMatter(string text)
    {
        var answer = fixture.Ask(text);
        Assert.False(answer.OutOfScope);
        Assert.Equal("guide/social-assistance", answer.TopicId);
        Assert.Equal("social-assistance", answer.Channels[0]);
        Assert.DoesNotContain(answer.Sections, s => s.Kind == SectionKind.Also);
    }

    [Fact]
    public void ConfiscationStillReadsAsAPenalty()
    {
        var answer = fixture.Ask("城管把我摆摊的三轮车没收了，还要罚五百");
        Assert.Equal("administrative-reconsideration", answer.Channels[0]);
    }
}
