using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

/// <summary>
/// Broken knowledge folders of every kind a staff edit or a hostile file can produce: each is rejected with file:line,
/// nothing throws, the last good version keeps serving, and a start-up on the broken folder still comes up.
/// </summary>
public sealed class BrokenKnowledgeTests
{
    private const string Good = "guides/a.md";

    private static string Law(string articles) => TempKnowledge.Law[..TempKnowledge.Law.IndexOf("第一条", StringComparison.Ordinal)] + articles;

    private static string Guide(string frontMatterExtra = "", string body = "## 怎么办\n1. 第一步。\n", string cites = "[test-law#2]", string id = "guide/b") => $"""
        ---
        id: {id}
        kind: guide
        title: 测试指引
        summary: 这是结论。
        channels: [petition]
        cites: {cites}
        {frontMatterExtra}
        reviewed: 2026-11-25
        status: published
        ---
        {body}
        """;

    private static string LaughsGuide()
    {
        var sb = new StringBuilder("---\nid: guide/b\nkind: guide\ntitle: t\nx0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 12; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"x{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]\n");
        }

        return sb.Append("---\n## 怎么办\n").ToString();
    }

    private const string Huge = "<a file of 6 MB>";

    /// <summary>(kind, file written, content, expected error file, expected line or 0 for any, message fragment).</summary>
    public static TheoryData<string, string, string, string, int, string> Cases() => new()
    {
        { "article 第零条", "laws/test-law.md", Law("第零条 零。\n\n第一条 一。\n"), "laws/test-law.md", 15, "第零条 is not an article number" },
        { "article over 9999", "laws/test-law.md", Law("第一条 一。\n\n第一万条 万。\n"), "laws/test-law.md", 17, "第一万条 is not an article number" },
        { "article 99999 in digits of 千", "laws/test-law.md", Law("第一条 一。\n\n第九千九千条 太多。\n"), "laws/test-law.md", 17, "is not an article number" },
        { "article numeral not as written in law", "laws/test-law.md", Law("第一条 一。\n\n第二零条 二。\n"), "laws/test-law.md", 17, "is not an article number" },
        { "article numbering gap", "laws/test-law.md", Law("第一条 一。\n\n第三条 三。\n"), "laws/test-law.md", 17, "numbering must be consecutive" },
        { "law without articles", "laws/test-law.md", Law("没有条文。\n"), "laws/test-law.md", 0, "no article found" },
        { "file over the size limit", "guides/b.md", Huge, "guides/b.md", 1, "may be at most" },
        { "billion laughs", "guides/b.md", LaughsGuide(), "guides/b.md", 5, "anchor" },
        { "a single alias", "guides/b.md", Guide("keywords: &k [复查]\nexamples: *k"), "guides/b.md", 0, "anchor" },
        { "duplicate key", "guides/b.md", Guide("title: 又一个标题"), "guides/b.md", 8, "key 'title' appears twice" },
        { "duplicate key in a nested mapping", "guides/b.md", Guide("quotes:\n  test-law#2: 信访人\n  test-law#2: 复查"), "guides/b.md", 10, "appears twice" },
        { "nesting too deep", "guides/b.md", Guide("deep: " + new string('[', 100) + new string(']', 100)), "guides/b.md", 8, "nested deeper" },
        { "wrong type in a field", "guides/b.md", Guide("keywords: {a: b}"), "guides/b.md", 0, "front matter" },
        { "article_status with a non-number key", "laws/test-law.md", TempKnowledge.Law.Replace("status: published", "status: published\narticle_status: {abc: draft}", StringComparison.Ordinal), "laws/test-law.md", 0, "front matter" },
        { "YAML syntax error", "guides/b.md", Guide("summary2: \"unclosed"), "guides/b.md", 0, "" },
        { "UTF-16 file", "guides/b.md", "\uFEFF---\nid: guide/b\n", "guides/b.md", 1, "not valid UTF-8" },
        { "binary content", "guides/b.md", "---\0\0\u0001binary", "guides/b.md", 1, "binary content" },
        { "empty file", "guides/b.md", string.Empty, "guides/b.md", 1, "missing YAML front matter" },
        { "no front matter", "guides/b.md", "## 怎么办\n", "guides/b.md", 1, "missing YAML front matter" },
        { "front matter not closed", "guides/b.md", "---\nid: guide/b\n", "guides/b.md", 1, "not closed" },
        { "unknown kind", "guides/b.md", Guide().Replace("kind: guide", "kind: rumour", StringComparison.Ordinal), "guides/b.md", 3, "kind must be" },
        { "id not matching the file", "guides/b.md", Guide(id: "guide/other"), "guides/b.md", 2, "id must be 'guide/b'" },
        { "missing title", "guides/b.md", Guide().Replace("title: 测试指引\n", string.Empty, StringComparison.Ordinal), "guides/b.md", 1, "title" },
        { "unknown status", "guides/b.md", Guide().Replace("status: published", "status: live", StringComparison.Ordinal), "guides/b.md", 0, "status must be" },
        { "bad reviewed date", "guides/b.md", Guide().Replace("reviewed: 2026-11-25", "reviewed: 2026-13-45", StringComparison.Ordinal), "guides/b.md", 0, "must be a date" },
        { "missing summary", "guides/b.md", Guide().Replace("summary: 这是结论。\n", string.Empty, StringComparison.Ordinal), "guides/b.md", 1, "summary" },
        { "missing cites", "guides/b.md", Guide(cites: "[]"), "guides/b.md", 1, "cites" },
        { "cites a missing article", "guides/b.md", Guide(cites: "[test-law#99]"), "guides/b.md", 0, "not in the knowledge base" },
        { "quote not verbatim", "guides/b.md", Guide("quotes:\n  test-law#2: 信访人可以随时请求复查"), "guides/b.md", 0, "not verbatim" },
        { "unknown channel", "guides/b.md", Guide().Replace("[petition]", "[telepathy]", StringComparison.Ordinal), "guides/b.md", 0, "unknown channel" },
        { "keyword in parts with an empty part", "guides/b.md", Guide("keywords: [复查, \"老公|丈夫…\"]"), "guides/b.md", 8, "at least two parts" },
        { "keyword with an empty alternative", "guides/b.md", Guide("keywords: [\"老公||丈夫…打我\"]"), "guides/b.md", 8, "non-empty" },
        { "unknown deadline rule", "guides/b.md", Guide("deadlines: [no-such-rule]"), "guides/b.md", 0, "unknown deadline rule" },
        { "missing 怎么办 section", "guides/b.md", Guide(body: "## 别的\n"), "guides/b.md", 1, "怎么办" },
        { "an FAQ claiming a guide's id", "faq/b.md", Guide(id: "guide/a").Replace("kind: guide", "kind: faq", StringComparison.Ordinal), "faq/b.md", 0, "id must be 'faq/b'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_BrokenFile_RejectedWithFileAndLineWhileLastGoodServes(string kind, string file, string content, string errorFile, int line, string fragment)
    {
        using var folder = new TempKnowledge();
        folder.Write(Good, TempKnowledge.Guide("a"));
        if (file != "laws/test-law.md")
        {
            folder.Write("guides/b.md", TempKnowledge.Guide("b"));
        }

        using var bot = new Bot(folder.Folder);
        var before = bot.Knowledge.Current;
        Assert.NotNull(before.Get("guide/a"));

        Write(Path.Combine(folder.Folder, file), content == Huge ? Guide(body: "## 怎么办\n" + new string('很', 2_000_000)) : content, kind == "UTF-16 file");
        var report = bot.Knowledge.ImportFolder(folder.Folder, "test");

        var error = Assert.Single(report.Errors, e => e.File == errorFile && e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Matches(@"^[a-z]+/[a-z-]+\.md:\d+: ", error.ToString());
        if (line > 0)
        {
            Assert.Equal(line, error.Line);
        }

        Assert.Contains(errorFile, report.RejectedFiles);
        // The last good version keeps serving: the good guide, and the broken file's previous entries.
        Assert.NotNull(bot.Knowledge.Current.Get("guide/a"));
        Assert.NotNull(bot.Knowledge.Current.Get("test-law#2"));
        Assert.False(string.IsNullOrWhiteSpace(bot.Engine.Answer(new Question("收到答复不服想申请复查")).Text));

        // A start-up on the broken folder (fresh database, nothing good to keep) comes up and serves what is valid.
        using var fresh = new Bot(folder.Folder);
        Assert.True(fresh.Knowledge.Current.Count >= 0);
        Assert.False(string.IsNullOrWhiteSpace(fresh.Engine.Answer(new Question("复查")).Text));
    }

    [Fact]
    public void Import_FileWithByteOrderMark_AcceptedAsIfWithout()
    {
        using var folder = new TempKnowledge();
        folder.Write(Good, TempKnowledge.Guide("a"));
        File.WriteAllText(Path.Combine(folder.Folder, "guides/b.md"), TempKnowledge.Guide("b").Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(true));
        using var bot = new Bot(folder.Folder);

        Assert.NotNull(bot.Knowledge.Current.Get("guide/b"));
        Assert.Empty(KnowledgeFolderReader.Read(folder.Folder).Errors);
    }

    [Fact]
    public void Read_BrokenLawWithDependents_OneErrorOnTheLawNamingThem()
    {
        using var folder = new TempKnowledge();
        for (var i = 0; i < 67; i++)
        {
            folder.Write($"guides/g{i:D2}.md", TempKnowledge.Guide($"g{i:D2}"));
        }

        folder.Write("laws/test-law.md", Law("第零条 零。\n"));
        var read = KnowledgeFolderReader.Read(folder.Folder);

        Assert.All(read.Errors, e => Assert.Equal("laws/test-law.md", e.File));
        Assert.Contains(read.Errors, e => e.Message.StartsWith("67 file(s) citing this law were held back", StringComparison.Ordinal));
        Assert.DoesNotContain(read.Errors, e => e.Message.Contains("not in the knowledge base", StringComparison.Ordinal));
        Assert.Equal(67, read.HeldBack!.Count);
    }

    [Fact]
    public void Import_BrokenLawWithLastGoodVersion_DependentsStillImported()
    {
        using var folder = new TempKnowledge();
        folder.Write(Good, TempKnowledge.Guide("a"));
        using var bot = new Bot(folder.Folder);
        _ = bot.Knowledge.Current;

        folder.Write("laws/test-law.md", Law("第零条 零。\n"));
        folder.Write("guides/c.md", TempKnowledge.Guide("c"));
        var report = bot.Knowledge.ImportFolder(folder.Folder, "test");

        Assert.Equal(["laws/test-law.md"], report.RejectedFiles);
        Assert.NotNull(bot.Knowledge.Current.Get("guide/c"));
        Assert.NotNull(bot.Knowledge.Current.Get("test-law#2"));
    }

    [Theory]
    [InlineData("vocabulary.yaml", "aliases", "a: &x [1]\nb: *x\n", 1)]
    [InlineData("routing.yaml", "duplicate key", "rules: []\nrules: []\n", 2)]
    [InlineData("deadlines.yaml", "syntax", "rules: [\n  - {id: \"x\n", 0)]
    [InlineData("channels.yaml", "too large", null, 1)]
    public void LoadRules_BrokenRulesFile_ErrorWithFileAndLineAndStartUpStops(string name, string kind, string? content, int line)
    {
        _ = kind;
        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "rules-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(TestPaths.Knowledge, folder);
            var path = Path.Combine(folder, "rules", name);
            File.WriteAllText(path, content ?? "x: " + new string('a', (int)KnowledgeFileLimits.MaxBytes + 10));

            var errors = RuleBookLoader.Check(Path.Combine(folder, "rules"), TestPaths.Prompts);
            var error = Assert.Single(errors);
            Assert.Equal("rules/" + name, error.File);
            if (line > 0)
            {
                Assert.Equal(line, error.Line);
            }

            // At start-up a broken rules file stops the bot naming it: no other copy is served in its place.
            var stop = Assert.Throws<InvalidDataException>(() => RuleBookLoader.Load(new KnowledgeOptions { Path = folder, PromptsPath = TestPaths.Prompts }, NullLogger.Instance));
            Assert.Contains("rules/" + name, stop.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("understand.zh.yaml")]
    [InlineData("llm.zh.yaml")]
    public void CheckRules_BrokenPromptFile_ErrorNamesThePromptFile(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "prompts-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(TestPaths.Prompts, folder);
            File.WriteAllText(Path.Combine(folder, name), "system: [\n  - {x: \"y\n");

            var errors = RuleBookLoader.Check(TestPaths.Rules, folder);

            var error = Assert.Single(errors);
            Assert.Equal("prompts/" + name, error.File);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string path, string content, bool utf16)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, utf16 ? Encoding.Unicode.GetBytes(content) : Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The knowledge service and engine over a folder, each with its own fresh LiteDB file.</summary>
    private sealed class Bot : IDisposable
    {
        private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);
        private readonly string _db = TestPaths.TempDatabase();
        private readonly LiteDbProvider _provider;

        public Bot(string folder)
        {
            _provider = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _db }));
            var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));
            Knowledge = new KnowledgeService(new KnowledgeStore(_provider, clock), Rules, Options.Create(new KnowledgeOptions { Path = folder, PromptsPath = TestPaths.Prompts }), NullLogger<KnowledgeService>.Instance);
            Engine = new AnswerEngine(Knowledge, Rules, clock, NullLogger<AnswerEngine>.Instance);
        }

        public KnowledgeService Knowledge { get; }

        public AnswerEngine Engine { get; }

        public void Dispose()
        {
            Knowledge.Dispose();
            _provider.Dispose();
            File.Delete(_db);
        }
    }
}
