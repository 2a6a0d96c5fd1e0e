using System.Text.RegularExpressions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Llm;

/// <summary>
/// Checks a model's phrasing against the facts it was given: every article it names is cited, every period is stated by
/// a cited article, every date appears in the offline answer. Anything else rejects the phrasing.
/// </summary>
internal static partial class LlmOutputCheck
{
    [GeneratedRegex(@"(《[^》]{2,30}》)?第([零〇一二三四五六七八九十百千0-9]+)条")]
    private static partial Regex ArticleReference();

    [GeneratedRegex(@"(?:\d{4}年)?\d{1,2}月\d{1,2}日")]
    private static partial Regex DateText();

    public static IReadOnlyList<string> Problems(string output, Answer offline, KnowledgeBase kb)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(output))
        {
            return ["empty output"];
        }

        if (output.Length > 1500)
        {
            problems.Add("too long");
        }

        if (output.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("contains a link");
        }

        var cited = offline.Citations.Select(kb.Get).OfType<KnowledgeEntry>().Where(e => e.Kind == EntryKind.Law).ToList();
        foreach (Match m in ArticleReference().Matches(output))
        {
            if (!ChineseNumber.TryParse(m.Groups[2].Value, out var number))
            {
                problems.Add($"unreadable article number {m.Value}");
                continue;
            }

            var law = m.Groups[1].Success ? m.Groups[1].Value : null;
            if (!cited.Any(e => e.ArticleNumber == number && (law is null || e.LawTitle == law)))
            {
                problems.Add($"names {m.Value}, which the answer does not cite");
            }
        }

        var allowed = kb.PeriodsCitedBy(offline.Citations);
        foreach (var period in PeriodFinder.Find(output).Where(p => !allowed.Contains(p)))
        {
            problems.Add($"states {period.Number}{period.Unit}, which no cited article states");
        }

        foreach (Match m in DateText().Matches(output))
        {
            if (!offline.Text.Contains(m.Value, StringComparison.Ordinal))
            {
                problems.Add($"states the date {m.Value}, which the engine did not compute");
            }
        }

        return problems;
    }
}
