using System.Text.RegularExpressions;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>Splits a verbatim law file into one entry per article (<c>slug#n</c>), keeping the article text unchanged.</summary>
internal static partial class LawFileParser
{
    private const int MaxArticle = 9999;

    [GeneratedRegex(@"^第([零〇一二三四五六七八九十百千万]+)条 ")]
    private static partial Regex ArticleStart();

    public static IReadOnlyList<KnowledgeEntry> Parse(string file, FrontMatter meta, string body, int bodyLine, List<KnowledgeError> errors)
    {
        var slug = meta.Id ?? string.Empty;
        var shortTitle = meta.ShortTitle ?? $"《{meta.Title}》";
        var entries = new List<KnowledgeEntry>();
        var lines = body.Split('\n');
        string? chapter = null;
        var current = new List<string>();
        var number = 0;
        var startLine = 0;

        void Flush()
        {
            if (number == 0)
            {
                return;
            }

            var text = string.Join('\n', current).TrimEnd();
            var status = meta.ArticleStatus is not null && meta.ArticleStatus.TryGetValue(number, out var s) ? s : meta.Status ?? EntryStatus.Published;
            if (number != entries.Count + 1)
            {
                errors.Add(new KnowledgeError(file, startLine, $"article {number} follows article {entries.Count}: numbering must be consecutive"));
            }

            entries.Add(new KnowledgeEntry
            {
                Id = $"{slug}#{number}",
                Kind = EntryKind.Law,
                Title = $"{shortTitle}第{ChineseNumber.Format(number)}条",
                Text = text,
                Status = status,
                Source = meta.Source,
                Effective = meta.Effective,
                Reviewed = meta.Reviewed,
                File = file,
                LawSlug = slug,
                LawTitle = shortTitle,
                Chapter = chapter,
                ArticleNumber = number,
            });
            number = 0;
            current.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                Flush();
                var heading = line.TrimStart('#').Trim();
                // Chapters (章) and sections (节) name where an article stands; parts (编) are too broad to show.
                if (heading.StartsWith('第') && (heading.Contains('章', StringComparison.Ordinal) || heading.Contains('节', StringComparison.Ordinal)))
                {
                    chapter = heading;
                }

                continue;
            }

            var match = ArticleStart().Match(line);
            if (match.Success)
            {
                Flush();
                startLine = bodyLine + i;
                var numeral = match.Groups[1].Value;
                if (!ChineseNumber.TryParse(numeral, out number) || number is < 1 or > MaxArticle || ChineseNumber.Format(number) != numeral)
                {
                    errors.Add(new KnowledgeError(file, startLine, $"第{numeral}条 is not an article number (1 to {MaxArticle}, written as in the law, e.g. 第二百零一条)"));
                    number = 0;
                    continue;
                }

                current.Add(line);
                continue;
            }

            if (number > 0)
            {
                if (line.StartsWith("<!--", StringComparison.Ordinal))
                {
                    Flush();
                    continue;
                }

                current.Add(line);
            }
        }

        Flush();
        if (entries.Count == 0)
        {
            errors.Add(new KnowledgeError(file, bodyLine, "no article found (an article starts with a line '第X条 ')"));
        }

        return entries;
    }
}
