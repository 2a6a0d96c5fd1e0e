using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Kinds of grievance and the first channel the knowledge's rules give them (routing.yaml, keywords, scope words).
/// The sentences are written for these tests, one situation each; they are no evaluation item's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class KindRoutingTests(EngineFixture fixture)
{
    [Theory]
    // Complaints about how the police handled a report: 涉法涉诉 procedures, not a new report to the police.
    [InlineData("我被人骗了钱去报案，民警说这是借贷纠纷让我自己去法院起诉", "judicial-remedy")]
    [InlineData("上个月去派出所报案说家里被盗，之后一直没人管，打电话也没动静", "judicial-remedy")]
    [InlineData("派出所给我做的笔录跟我讲的对不上，还要我按手印", "judicial-remedy")]
    public void Answer_KindOfGrievance_GetsItsFirstChannel(string text, string channel)
    {
        var answer = fixture.Ask(text);
        Assert.True(answer.Channels.Count > 0 && answer.Channels[0] == channel, $"{text}: {string.Join(",", answer.Channels)} ({answer.TopicId})");
    }
}
