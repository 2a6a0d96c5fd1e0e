using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using static XinfangBot.Core.Tests.Support.Turns;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Thanks or a goodbye and nothing else closes the conversation: a short reply, never the earlier answer repeated nor a
/// goodbye called out of scope. A thanks that goes on to ask something is still a question.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class ClosingTests(EngineFixture fixture)
{
    private static readonly Turn[] Earlier = [User("包工头拖了我三个月的工钱"), Bot("欠薪可以向劳动保障监察投诉，或者申请劳动仲裁。")];

    [Theory]
    [InlineData("多谢你了")]
    [InlineData("好的，再见")]
    [InlineData("嗯嗯 谢谢啦 拜拜")]
    [InlineData("明白了，辛苦你们了！")]
    [InlineData("謝謝您的解答")]
    [InlineData("行，就这样吧")]
    public void ThanksOrGoodbyeAfterAnAnswer_GetsTheShortClosing(string text)
    {
        var answer = fixture.Ask(text, Earlier);
        Assert.Equal(AnswerMode.Thanks, answer.Mode);
        Assert.False(answer.OutOfScope);
        Assert.Empty(answer.Citations);
        Assert.DoesNotContain("劳动", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("再见")]
    [InlineData("谢谢，拜拜")]
    public void GoodbyeInAFreshChat_IsNotOutOfScope(string text)
    {
        var answer = fixture.Ask(text);
        Assert.Equal(AnswerMode.Thanks, answer.Mode);
        Assert.False(answer.OutOfScope);
    }

    [Theory]
    [InlineData("谢谢，那去仲裁要带什么材料")]
    [InlineData("好的谢谢 还有他不给我加班费怎么算")]
    public void ThanksThatGoesOnToAsk_IsStillAnswered(string text)
    {
        var answer = fixture.Ask(text, Earlier);
        Assert.NotEqual(AnswerMode.Thanks, answer.Mode);
        Assert.NotEmpty(answer.Citations);
    }
}
