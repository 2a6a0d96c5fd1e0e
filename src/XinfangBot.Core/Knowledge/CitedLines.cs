using System.Text.RegularExpressions;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// The lines of a guide or FAQ are written in the words citizens use and name the articles they rest on
/// (“物业费：……（第四十条、第四十一条）”). The line that best matches a question points at the articles that govern it,
/// even when the article's own legal wording shares no word with the question.
/// </summary>
public static partial class CitedLines
{
    [GeneratedRegex("第([一二三四五六七八九十百零〇两]+)条")]
    private static partial Regex ArticleNumber();

    /// <summary>
    /// The topic's cited articles named by the body lines that share the most words (of two characters or more) with
    /// the question; none when no line shares a word or when more than <paramref name="maxLines"/> lines tie.
    /// </summary>
    public static IReadOnlySet<string> Voted(KnowledgeEntry topic, IReadOnlyList<string> queryTerms, KnowledgeBase kb, int maxLines)
    {
        var terms = queryTerms.Where(t => t.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        var voted = new HashSet<string>(StringComparer.Ordinal);
        if (terms.Count == 0 || topic.Cites.Count == 0)
        {
            return voted;
        }

        var lines = topic.Text.Split('\n')
            .Where(l => ArticleNumber().IsMatch(l))
            .Select(l => (Line: l, Hits: terms.Count(t => l.Contains(t, StringComparison.Ordinal))))
            .Where(x => x.Hits > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return voted;
        }

        var best = lines.Max(x => x.Hits);
        var top = lines.Where(x => x.Hits == best).ToList();
        if (top.Count > maxLines)
        {
            return voted;
        }

        var cited = topic.Cites.Select(kb.Get).OfType<KnowledgeEntry>().Where(e => e.Kind == EntryKind.Law).ToList();
        foreach (var (line, _) in top)
        {
            foreach (Match m in ArticleNumber().Matches(line))
            {
                if (!ChineseNumber.TryParse(m.Groups[1].Value.Replace('两', '二').Replace('〇', '零'), out var n))
                {
                    continue;
                }

                // The law named in the line (《…》) when the topic cites that article of several laws, else the first cited.
                var candidates = cited.Where(e => e.ArticleNumber == n).ToList();
                var chosen = candidates.FirstOrDefault(e => e.LawTitle is { } title && line.Contains(title, StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
                if (chosen is not null)
                {
                    voted.Add(chosen.Id);
                }
            }
        }

        return voted;
    }
}
