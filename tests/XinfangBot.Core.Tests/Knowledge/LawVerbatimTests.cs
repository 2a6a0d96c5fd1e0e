using System.Text.RegularExpressions;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Knowledge;

/// <summary>Every article the knowledge base holds is word for word the article of ../shared/sources/laws.</summary>
public sealed partial class LawVerbatimTests
{
    [GeneratedRegex(@"^第([零〇一二三四五六七八九十百千]+)条 ", RegexOptions.Multiline)]
    private static partial Regex ArticleStart();

    [SharedFact]
    public void EveryArticle_MatchesSharedSourceWordForWord()
    {
        var shared = TestPaths.Shared!;

        var read = KnowledgeFolderReader.Read(TestPaths.Knowledge);
        var kb = read.Entries.Where(e => e.Kind == EntryKind.Law).ToDictionary(e => e.Id);
        var sourceFiles = Directory.GetFiles(Path.Combine(shared, "sources", "laws"), "*.md");
        Assert.Equal(20, sourceFiles.Length);
        var compared = 0;
        foreach (var file in sourceFiles)
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            var articles = SplitIndependently(File.ReadAllText(file));
            Assert.True(articles.Count > 0, $"{slug}: no article found in the source");
            foreach (var (number, text) in articles)
            {
                Assert.True(kb.TryGetValue($"{slug}#{number}", out var entry), $"{slug}#{number} is missing from the knowledge base");
                Assert.Equal(text, entry.Text);
                compared++;
            }

            Assert.Equal(articles.Count, kb.Values.Count(e => e.LawSlug == slug));
        }

        // Laws added after the shared set (e.g. 反家庭暴力法) are checked against their own embedded source below.
        var added = kb.Values.Where(e => !sourceFiles.Any(f => Path.GetFileNameWithoutExtension(f) == e.LawSlug)).ToList();
        Assert.Equal(kb.Count, compared + added.Count);
        Assert.All(added, e => Assert.Contains(e.LawSlug!, AddedLaws));
    }

    /// <summary>Laws the knowledge base holds beyond ../shared/sources/laws, each copied verbatim from LawRefBook/Laws.</summary>
    private static readonly string[] AddedLaws = ["fan-jiating-baoli-fa-2015"];

    [Theory]
    [InlineData("fan-jiating-baoli-fa-2015", "社会法/反家庭暴力法.md", 38)]
    public void AddedLaw_NamesItsSourceAndEveryArticleIsTheEmbeddedText(string slug, string sourcePath, int articleCount)
    {
        var shipped = File.ReadAllText(Path.Combine(TestPaths.Knowledge, "laws", slug + ".md"));
        var body = shipped[(shipped.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        var firstLine = body[..body.IndexOf('\n', StringComparison.Ordinal)];
        Assert.Matches(@"^<!-- source: public GitHub repository LawRefBook/Laws, path " + Regex.Escape(sourcePath) + @", last changed in commit [0-9a-f]{40}; read at [0-9a-f]{40}\. Text below is unchanged from that file\. -->$", firstLine);

        var read = KnowledgeFolderReader.Read(TestPaths.Knowledge);
        var kb = read.Entries.Where(e => e.LawSlug == slug).ToDictionary(e => e.ArticleNumber);
        var articles = SplitIndependently(body);
        Assert.Equal(articleCount, articles.Count);
        Assert.Equal(Enumerable.Range(1, articleCount), articles.Select(a => a.Number));
        Assert.All(articles, a => Assert.Equal(a.Text, kb[a.Number].Text));
    }

    [Fact]
    public void XinfangRegulation_HasAllFiftyArticles()
    {
        var read = KnowledgeFolderReader.Read(TestPaths.Knowledge);
        var numbers = read.Entries.Where(e => e.LawSlug == "xinfang-gongzuo-tiaoli-2022").Select(e => e.ArticleNumber).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50), numbers);
    }

    [SharedFact]
    public void ShippedLawFiles_EmbedTheSourceUnchanged()
    {
        var shared = TestPaths.Shared!;

        foreach (var file in Directory.GetFiles(Path.Combine(shared, "sources", "laws"), "*.md"))
        {
            var shipped = File.ReadAllText(Path.Combine(TestPaths.Knowledge, "laws", Path.GetFileName(file)));
            var body = shipped[(shipped.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            Assert.Equal(File.ReadAllText(file), body);
        }
    }

    /// <summary>A second, deliberately simple splitter: article line to the next article or heading, trailing blanks trimmed.</summary>
    private static List<(int Number, string Text)> SplitIndependently(string source)
    {
        var result = new List<(int, string)>();
        var lines = source.Split('\n');
        int? number = null;
        var buffer = new List<string>();
        foreach (var line in lines.Append("# end"))
        {
            var match = ArticleStart().Match(line);
            if (match.Success || line.StartsWith('#') || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                if (number is not null)
                {
                    result.Add((number.Value, string.Join('\n', buffer).TrimEnd()));
                }

                number = match.Success ? ChineseNumber.Parse(match.Groups[1].Value) : null;
                buffer.Clear();
            }

            if (number is not null)
            {
                buffer.Add(line);
            }
        }

        return result;
    }
}
