using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// A grievance announced, or a place to take one asked, with nothing naming its matter: one clarifying question with the
/// roadmap's domains, never "out of scope" and never a topic guessed from a generic word (issue 9). A message that names
/// its matter is answered. The messages are written for these tests.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class VagueGrievanceTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("我有冤情")]
    [InlineData("我有天大的冤屈没地方说")]
    [InlineData("家里的事拖了七八年，谁都不管，到底该找谁")]
    [InlineData("你好，有件事想咨询一下")]
    [InlineData("受人欺負好多年了，告狀無門")]
    public void Answer_GrievanceWithoutItsMatter_AsksWhichKindOfMatter(string text)
    {
        var answer = fixture.Ask(text);
        Assert.Equal(AnswerMode.Clarify, answer.Mode);
        Assert.False(answer.OutOfScope);
        Assert.NotEmpty(answer.Followups);
        Assert.Null(answer.TopicId);
    }

    [Theory]
    [InlineData("老板拖欠我三个月工资，该找哪个部门", "guide/unpaid-wages")]
    [InlineData("信访时哪些行为是不允许的", "faq/prohibited-conduct")]
    public void Answer_WhereToGoWithItsMatterNamed_AnswersTheMatter(string text, string topic)
    {
        var answer = fixture.Ask(text);
        Assert.Equal(AnswerMode.Answer, answer.Mode);
        Assert.Equal(topic, answer.TopicId);
    }
}
