using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// The lines of a guide or FAQ are written in the words citizens use and name the articles they rest on
/// (“物业费：……（第四十条、第四十一条）”). The line that best matches a question points at the articles that govern it,
/// even when the article's own legal wording shares no word with the question.
/// </summary>
internal static partial class CitedLines
{
    [GeneratedRegex("第([一二三四五六七八九十百零〇两]+)条")]
    private static partial Regex ArticleNumber();

    // The lines that name articles, with the numbers they name, read once per entry text instead of on every answer. Keyed
    // by the text itself: routing copies an entry (`with { Channels = … }`) but the copy shares its text.
    private static readonly ConditionalWeakTable<string, List<(string Line, List<int> Articles)>> Parsed = new();

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

        var lines = Parsed.GetValue(topic.Text, Parse)
            .Select(l => (l.Line, l.Articles, Hits: terms.Count(t => l.Line.Contains(t, StringComparison.Ordinal))))
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
        foreach (var (line, articles, _) in top)
        {
            foreach (var n in articles)
            {
                if (Resolve(cited, line, n) is { } chosen)
                {
                    voted.Add(chosen.Id);
                }
            }
        }

        return voted;
    }

    /// <summary>Each cited article of the topic with the body lines that name it (articles no line names are left out).</summary>
    public static IReadOnlyDictionary<string, List<string>> LinesByArticle(KnowledgeEntry topic, KnowledgeBase kb)
    {
        var byArticle = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var cited = topic.Cites.Select(kb.Get).OfType<KnowledgeEntry>().Where(e => e.Kind == EntryKind.Law).ToList();
        foreach (var (line, articles) in Parsed.GetValue(topic.Text, Parse))
        {
            foreach (var n in articles)
            {
                if (Resolve(cited, line, n) is { } chosen)
                {
                    if (!byArticle.TryGetValue(chosen.Id, out var lines))
                    {
                        byArticle[chosen.Id] = lines = [];
                    }

                    lines.Add(line);
                }
            }
        }

        return byArticle;
    }

    /// <summary>The topic's cited articles that the given lines name (“（第四十条、第四十一条）”).</summary>
    public static IReadOnlySet<string> NamedIn(IEnumerable<string> lines, KnowledgeEntry topic, KnowledgeBase kb)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var cited = topic.Cites.Select(kb.Get).OfType<KnowledgeEntry>().Where(e => e.Kind == EntryKind.Law).ToList();
        foreach (var line in lines)
        {
            foreach (var n in ArticleNumber().Matches(line).Select(m => ChineseNumber.TryParse(m.Groups[1].Value, out var n) ? n : -1).Where(n => n >= 0))
            {
                if (Resolve(cited, line, n) is { } chosen)
                {
                    named.Add(chosen.Id);
                }
            }
        }

        return named;
    }

    /// <summary>The law named in the line (《…》) when the topic cites that article of several laws, else the first cited.</summary>
    private static KnowledgeEntry? Resolve(List<KnowledgeEntry> cited, string line, int number)
    {
        var candidates = cited.Where(e => e.ArticleNumber == number).ToList();
        return candidates.FirstOrDefault(e => e.LawTitle is { } title && line.Contains(title, StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
    }

    private static List<(string Line, List<int> Articles)> Parse(string text) =>
        [.. text.Split('\n')
            .Select(l => (Line: l, Matches: ArticleNumber().Matches(l)))
            .Where(x => x.Matches.Count > 0)
            .Select(x => (x.Line, x.Matches.Select(m => ChineseNumber.TryParse(m.Groups[1].Value, out var n) ? n : -1).Where(n => n >= 0).ToList()))];
}
