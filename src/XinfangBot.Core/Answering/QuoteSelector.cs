using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Answering;

/// <summary>Chooses the short verbatim excerpt shown for a cited article: the entry's curated quote, else its first sentence.</summary>
public static class QuoteSelector
{
    public const int MaxChars = 70;

    public static string Select(KnowledgeEntry article, KnowledgeEntry? citingEntry)
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
        if (sentence.Length <= MaxChars)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOfAny(['，', '、'], MaxChars);
        return (cut > 20 ? sentence[..cut] : sentence[..MaxChars]) + "……";
    }

    /// <summary>The verbatim part of a quote (without a trailing ellipsis) for validation.</summary>
    public static string Verbatim(string quote) => quote.EndsWith("……", StringComparison.Ordinal) ? quote[..^2] : quote;
}
