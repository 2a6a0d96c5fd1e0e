using XinfangBot.Core.Answering;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Rendering;

public sealed class KeyboardsTests
{
    private static List<string> LastRow(AnswerMode? mode) =>
        Keyboards.ForAnswer(9, ["下一步怎么办？"], mode, SharedTexts.Texts.Buttons)!.Rows[^1].Select(b => b.Text).ToList();

    [Theory]
    [InlineData(AnswerMode.Answer)]
    [InlineData(AnswerMode.AnswerLlm)]
    public void ForAnswer_TopicAnswer_OffersUsefulUselessAndPerson(AnswerMode mode)
    {
        var buttons = SharedTexts.Texts.Buttons;

        Assert.Equal([buttons.Useful, buttons.Useless, buttons.Human], LastRow(mode));
    }

    [Fact]
    public void ForAnswer_LlmPhrasedAnswer_SameKeyboardAsOffline()
    {
        var offline = Keyboards.ForAnswer(9, ["下一步怎么办？"], AnswerMode.Answer, SharedTexts.Texts.Buttons)!;
        var phrased = Keyboards.ForAnswer(9, ["下一步怎么办？"], AnswerMode.AnswerLlm, SharedTexts.Texts.Buttons)!;

        Assert.Equal(offline.Rows.SelectMany(r => r), phrased.Rows.SelectMany(r => r));
    }

    [Theory]
    [InlineData(AnswerMode.Clarify)]
    [InlineData(AnswerMode.Scope)]
    public void ForAnswer_Unplaced_OffersOnlyAPerson(AnswerMode mode)
    {
        Assert.Equal([SharedTexts.Texts.Buttons.Human], LastRow(mode));
    }

    [Theory]
    [InlineData(AnswerMode.Crisis)]
    [InlineData(AnswerMode.Human)]
    [InlineData(AnswerMode.Unresolved)]
    public void ForAnswer_PersonAlreadyCalled_OnlyFollowups(AnswerMode mode)
    {
        var keyboard = Keyboards.ForAnswer(9, ["下一步怎么办？"], mode, SharedTexts.Texts.Buttons)!;

        Assert.Equal(["下一步怎么办？"], keyboard.Rows.SelectMany(r => r).Select(b => b.Text));
    }
}
