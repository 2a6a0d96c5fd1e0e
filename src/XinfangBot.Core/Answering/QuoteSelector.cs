using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Answering;

/// <summary>Chooses the short verbatim excerpt shown for a cited article: the entry's curated quote, else its first sentence.</summary>
internal static class QuoteSelector
{
    /// <summary>The curated quote, else the first sentence; one longer than <paramref name="maxChars"/> is cut at the last
    /// comma before it when that comes after <paramref name="minCut"/> characters, else at <paramref name="maxChars"/>.</summary>
    public static string Select(KnowledgeEntry article, KnowledgeEntry? citingEntry, int maxChars, int minCut)
    {
        if (citingEntry is not null && citingEntry.Quotes.TryGetValue(article.Id, out var curated) && article.Text.Contains(curated, StringComparison.Ordinal))
        {
            return curated;
        }

        // Drop the "第X条 " label; keep the first sentence of the first paragraph.
        var text = ArticleLabel.Strip(article.Text);

        var paragraph = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        var end = paragraph.IndexOfAny(['。', '；', '：']);
        var sentence = end > 0 ? paragraph[..(end + 1)] : paragraph;
        if (sentence.Length <= maxChars)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOfAny(['，', '、'], maxChars);
        return (cut > minCut ? sentence[..cut] : sentence[..maxChars]) + "……";
    }

    /// <summary>The verbatim part of a quote (without a trailing ellipsis) for validation.</summary>
    public static string Verbatim(string quote) => quote.EndsWith("……", StringComparison.Ordinal) ? quote[..^2] : quote;
}
