using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Rendering;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_9000CharacterAnswer_PartsEndAtParagraphsAndFitTelegram()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => Html.Bold($"第{i}段：") + new string('字', 290)).ToList();
        var html = string.Join("\n\n", paragraphs);
        Assert.True(html.Length > 9000);

        var parts = MessageSplitter.Split(html);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.TelegramLimit));
        Assert.All(parts, p => Assert.Null(TelegramHtml.Validate(p)));
        Assert.Equal(html, string.Join("\n\n", parts));
        Assert.All(parts, p => Assert.StartsWith("<b>第", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_ParagraphLongerThanTheLimit_SplitsBetweenLines()
    {
        var lines = Enumerable.Range(1, 50).Select(i => $"{i}. " + new string('行', 150));
        var html = Html.Bold("怎么办：") + "\n" + string.Join('\n', lines);

        var parts = MessageSplitter.Split(html);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.TelegramLimit));
        Assert.Equal(html, string.Join("\n", parts));
    }

    [Fact]
    public void Split_SingleHugeLine_CutsOutsideEntitiesAndSurrogatePairs()
    {
        var line = string.Concat(Enumerable.Repeat("a&amp;b😀", 1500));

        var parts = MessageSplitter.Split(line);

        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.TelegramLimit));
        Assert.All(parts, p => Assert.Null(TelegramHtml.Validate(p)));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(line, string.Concat(parts));
    }

    [Fact]
    public void Split_ShortMessage_IsLeftWhole()
    {
        Assert.Equal(["短消息\n\n第二段"], MessageSplitter.Split("短消息\n\n第二段"));
    }
}
