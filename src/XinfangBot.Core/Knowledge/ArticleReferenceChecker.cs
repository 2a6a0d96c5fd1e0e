using System.Text.RegularExpressions;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Checks what a guide or FAQ says about the law, line by line: every article it names (第X条, 第X款, 第X项, in any law of
/// the knowledge base named on the line, or earlier, or the law of its first cite) exists, and every period it states
/// (30日, 六个月, 20个工作日 …) is stated by an article it cites. Laws the knowledge base does not hold are not checked.
/// </summary>
public static partial class ArticleReferenceChecker
{
    private const string Numeral = "[零〇一二两三四五六七八九十百千0-9]+";

    [GeneratedRegex("第(?<list>" + Numeral + "(?:[、至和及]" + Numeral + ")*)(?<unit>条|款|项)")]
    private static partial Regex Reference();

    [GeneratedRegex("《(?<name>[^》]{2,30})》|(?<name>[\u4e00-\u9fff]{1,20}?(?:法典|法|条例|办法|规定|解释))(?=第)")]
    private static partial Regex LawName();

    /// <summary>The errors of one entry: (1-based line in <paramref name="raw"/>, message).</summary>
    public static IEnumerable<(int Line, string Message)> Check(KnowledgeEntry entry, string raw, Func<string, KnowledgeEntry?> lookup, IReadOnlyDictionary<string, string> lawsByName)
    {
        if (entry.Kind == EntryKind.Law)
        {
            yield break;
        }

        var allowed = new HashSet<(int, string)>();
        foreach (var cite in entry.Cites)
        {
            if (lookup(cite) is { Kind: EntryKind.Law } article)
            {
                allowed.UnionWith(PeriodFinder.Find(article.Text));
            }
        }

        var defaultLaw = entry.Cites.Select(c => lookup(c)?.LawSlug).FirstOrDefault(s => s is not null);
        var lines = raw.Split('\n');
        var inFrontMatter = lines.Length > 0 && lines[0].TrimEnd() == "---";
        var law = defaultLaw;
        for (var i = inFrontMatter ? 1 : 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (inFrontMatter)
            {
                if (line.TrimEnd() == "---")
                {
                    inFrontMatter = false;
                    law = defaultLaw;
                    continue;
                }

                // In the front matter only the summary and the source speak about the law; quotes are checked verbatim.
                if (!line.StartsWith("summary:", StringComparison.Ordinal) && !line.StartsWith("source:", StringComparison.Ordinal))
                {
                    continue;
                }

                law = defaultLaw;
            }

            foreach (var message in CheckLine(line, ref law, lookup, lawsByName))
            {
                yield return (i + 1, message);
            }

            if (!line.StartsWith("source:", StringComparison.Ordinal))
            {
                foreach (var (n, unit) in PeriodFinder.Find(line).Where(p => !allowed.Contains(p)))
                {
                    yield return (i + 1, $"states the period {n}{unit}, which no article the entry cites states");
                }
            }
        }
    }

    private static List<string> CheckLine(string line, ref string? law, Func<string, KnowledgeEntry?> lookup, IReadOnlyDictionary<string, string> lawsByName)
    {
        var errors = new List<string>();
        var names = LawName().Matches(line).Select(m => (m.Index, m.Length, Slug: Resolve(m.Groups["name"].Value, lawsByName))).ToList();
        KnowledgeEntry? article = null;
        var articleLaw = law;
        foreach (Match m in Reference().Matches(line))
        {
            // The law is the one named last before the reference on this line, else the one carried from earlier lines.
            var named = names.LastOrDefault(n => n.Index + n.Length <= m.Index);
            if (named.Length > 0 && named.Slug != "本")
            {
                law = named.Slug;
            }

            var numbers = Numbers(m.Groups["list"].Value);
            if (law is null || numbers.Count == 0)
            {
                continue;
            }

            switch (m.Groups["unit"].Value)
            {
                case "条":
                    article = null;
                    articleLaw = law;
                    foreach (var n in numbers)
                    {
                        article = lookup($"{law}#{n}");
                        if (article is null)
                        {
                            errors.Add($"names {m.Value}: article {n} of {law} does not exist in the knowledge base");
                        }
                    }

                    break;
                case "款" when article is not null && articleLaw == law:
                    var paragraphs = Paragraphs(article.Text);
                    errors.AddRange(numbers.Where(n => n > paragraphs).Select(n => $"names {m.Value} of {article.Id}, which has {paragraphs} 款"));
                    break;
                case "项" when article is not null && articleLaw == law:
                    errors.AddRange(numbers.Where(n => !HasItem(article.Text, n)).Select(n => $"names {m.Value} of {article.Id}, which has no item ({n})"));
                    break;
            }
        }

        return errors;
    }

    /// <summary>The slug of a named law, "本" for 本法/本条例 (the law being quoted), null for a law the knowledge base lacks.</summary>
    private static string? Resolve(string name, IReadOnlyDictionary<string, string> lawsByName)
    {
        if (name is "本法" or "本条例" or "本办法" || name.EndsWith("本法", StringComparison.Ordinal) || name.EndsWith("本条例", StringComparison.Ordinal))
        {
            return "本";
        }

        return lawsByName.Where(l => name.EndsWith(l.Key, StringComparison.Ordinal)).OrderByDescending(l => l.Key.Length).Select(l => l.Value).FirstOrDefault();
    }

    private static List<int> Numbers(string list)
    {
        var parts = Regex.Split(list, "([、至和及])");
        var numbers = new List<int>();
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (!ChineseNumber.TryParse(parts[i].Replace('两', '二').Replace('〇', '零'), out var n))
            {
                return [];
            }

            if (i > 0 && parts[i - 1] == "至" && numbers.Count > 0)
            {
                numbers.AddRange(Enumerable.Range(numbers[^1] + 1, Math.Max(0, n - numbers[^1])));
            }
            else
            {
                numbers.Add(n);
            }
        }

        return numbers;
    }

    /// <summary>款 are the article's paragraphs; its items (（一）…) belong to the paragraph before them.</summary>
    private static int Paragraphs(string text) =>
        text.Split('\n').Select(l => l.Trim().Trim('\u200b')).Count(l => l.Length > 0 && !ItemStart().IsMatch(l));

    private static bool HasItem(string text, int n)
    {
        var numeral = ChineseNumber.Format(n);
        return text.Contains($"（{numeral}）", StringComparison.Ordinal) || text.Contains($"({numeral})", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex ItemStart();
}
