using XinfangBot.Core.Answering;
using XinfangBot.Terminal;

namespace XinfangBot.Tests.Terminal;

/// <summary>The terminal's texts come from prompts/terminal.zh.yaml; suggestions and choices are numbered and picked by number.</summary>
public sealed class TerminalTextsTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "prompts", TerminalTexts.FileName);

    [Fact]
    public void Load_ShippedFile_HasEveryText()
    {
        var texts = TerminalTexts.Load(Shipped);

        Assert.Contains("/reset", texts.Banner, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(texts.Choices));
    }

    [Fact]
    public void Load_TextMissing_FailsNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"terminal-{Guid.NewGuid():N}.yaml");
        File.WriteAllLines(path, File.ReadAllLines(Shipped).Where(l => !l.StartsWith("held:", StringComparison.Ordinal)));
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => TerminalTexts.Load(path));
            Assert.Contains("Held", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Options_ClarifyingQuestion_NumbersTheChoicesUnderTheirLabel()
    {
        var texts = TerminalTexts.Load(Shipped);

        var shown = texts.Options(AnswerMode.Clarify, ["工资和劳动", "土地和房屋"]);

        Assert.Equal($"{texts.Choices}\n  1. 工资和劳动\n  2. 土地和房屋", shown);
    }

    [Fact]
    public void Options_AnswerWithSuggestions_UsesTheFollowupLabel_AndNoneGivesNull()
    {
        var texts = TerminalTexts.Load(Shipped);

        Assert.StartsWith(texts.Followups + "\n  1. ", texts.Options(AnswerMode.Answer, ["劳动仲裁怎么申请？"]), StringComparison.Ordinal);
        Assert.Null(texts.Options(AnswerMode.Answer, []));
    }

    [Theory]
    [InlineData("2", "土地和房屋")]
    [InlineData(" １ ", "工资和劳动")]
    [InlineData("2.", "土地和房屋")]
    [InlineData("3", "3")]
    [InlineData("0", "0")]
    [InlineData("2个月没发工资", "2个月没发工资")]
    public void Pick_Line_TakesTheNumberedOptionOrKeepsTheLine(string line, string expected)
    {
        Assert.Equal(expected, TerminalTexts.Pick(line, ["工资和劳动", "土地和房屋"]));
    }

    /// <summary>A terminal cannot receive staff's reply: the shipped replies' promises to answer here are dropped, the rest
    /// (staff were alerted, the help lines) kept.</summary>
    [Theory]
    [InlineData("我已请工作人员关注这次对话，他们会在这里联系你。你的事情，我也会继续帮你。", "我已请工作人员关注这次对话。你的事情，我也会继续帮你。")]
    [InlineData("已请工作人员查看这次对话（案件 #7），一般会在今天18:00前在这里回复你。眼下有冲突请拨打110。", "已请工作人员查看这次对话（案件 #7）。眼下有冲突请拨打110。")]
    [InlineData("请马上拨打120或110。", "请马上拨打120或110。")]
    public void WithoutHerePromises_DropsOnlyThePromiseToAnswerHere(string reply, string expected)
    {
        Assert.Equal(expected, TerminalTexts.Load(Shipped).WithoutHerePromises(reply));
    }
}
