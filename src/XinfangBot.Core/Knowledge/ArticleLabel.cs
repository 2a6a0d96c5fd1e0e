namespace XinfangBot.Core.Knowledge;

/// <summary>The "第X条 " label that starts an article's text in knowledge/laws (the law file format, see LawFileParser).</summary>
public static class ArticleLabel
{
    /// <summary><paramref name="text"/> without its leading "第X条 " label (a label is at most 11 characters before the space).</summary>
    public static string Strip(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return text.StartsWith('第') && space > 0 && space < 12 ? text[(space + 1)..] : text;
    }
}
