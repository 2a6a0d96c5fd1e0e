using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

public sealed class KnowledgeFolderReaderTests
{
    [Fact]
    public void Read_ShippedKnowledge_IsValidAndComplete()
    {
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var read = KnowledgeFolderReader.Read(TestPaths.Knowledge, rules.Deadlines.Ids);
        Assert.Empty(read.Errors);
        var entries = read.Entries.ToList();
        Assert.True(entries.Count(e => e.Kind == EntryKind.Law) >= 1600);
        Assert.True(entries.Count(e => e.Kind == EntryKind.Guide) >= 22);
        Assert.True(entries.Count(e => e.Kind == EntryKind.Faq) >= 30);
    }

    [Fact]
    public void Read_ShippedGuidesAndFaqs_HaveTheRequiredSections()
    {
        var read = KnowledgeFolderReader.Read(TestPaths.Knowledge);
        foreach (var entry in read.Entries.Where(e => e.Kind != EntryKind.Law))
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Summary), entry.Id);
            Assert.NotEmpty(entry.Cites);
            Assert.Contains("## 怎么办", entry.Text, StringComparison.Ordinal);
            if (entry.Kind == EntryKind.Guide)
            {
                Assert.NotEmpty(entry.Channels);
                Assert.True(entry.Keywords.Count >= 8, $"{entry.Id} needs colloquial keywords");
                foreach (var section in new[] { "## 适用情形", "## 时限", "## 准备材料", "## 提醒" })
                {
                    Assert.Contains(section, entry.Text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Read_BrokenFrontMatter_NamesFileAndLine()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/broken.md", "---\nid: guide/broken\nkind: guide\ntitle: [unclosed\n---\n## 怎么办\n1. x\n");
        var read = KnowledgeFolderReader.Read(kb.Folder);
        var error = Assert.Single(read.Errors);
        Assert.Equal("guides/broken.md", error.File);
        Assert.True(error.Line >= 2, $"line {error.Line}");
        Assert.DoesNotContain(read.Files, f => f.Path == "guides/broken.md");
    }

    [Fact]
    public void Read_MissingFrontMatter_IsRejected()
    {
        using var kb = new TempKnowledge();
        kb.Write("faq/plain.md", "## 怎么办\n1. x\n");
        var error = Assert.Single(KnowledgeFolderReader.Read(kb.Folder).Errors);
        Assert.Equal(("faq/plain.md", 1), (error.File, error.Line));
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCitation_IsRejectedWithItsLine()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/bad-cite.md", TempKnowledge.Guide("bad-cite", "[test-law#2, test-law#99]"));
        var read = KnowledgeFolderReader.Read(kb.Folder);
        var error = Assert.Single(read.Errors);
        Assert.Contains("test-law#99", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, error.Line);
        Assert.DoesNotContain(read.Files, f => f.Path == "guides/bad-cite.md");
    }

    [Fact]
    public void Read_DuplicateId_RejectsBothFiles()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/one.md", TempKnowledge.Guide("one"));
        kb.Write("guides/two.md", TempKnowledge.Guide("one").Replace("guide/one", "guide/one", StringComparison.Ordinal));
        var read = KnowledgeFolderReader.Read(kb.Folder);
        Assert.Contains(read.Errors, e => e.File == "guides/two.md" && e.Message.Contains("id must be 'guide/two'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SameIdInTwoFiles_ReportsDuplicate()
    {
        var (a, _) = KnowledgeFileParser.Parse("guides/same.md", TempKnowledge.Guide("same"));
        var (law, _) = KnowledgeFileParser.Parse("laws/test-law.md", TempKnowledge.Law);
        var b = a! with { Path = "guides/copy/same.md" };
        var (accepted, errors) = KnowledgeSetValidator.Validate([law!, a, b]);
        Assert.Contains(errors, e => e.Message.Contains("duplicate id 'guide/same'", StringComparison.Ordinal));
        Assert.DoesNotContain(accepted, f => f.Path.EndsWith("same.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_QuoteNotVerbatim_IsRejected()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/quote.md", TempKnowledge.Guide("quote", extra: "quotes:\n  test-law#2: 信访人可以在三十天内请求复查"));
        var error = Assert.Single(KnowledgeFolderReader.Read(kb.Folder).Errors);
        Assert.Contains("not verbatim", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownChannelStatusAndDate_AreReported()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/chan.md", TempKnowledge.Guide("chan").Replace("[petition]", "[petition, shouting]", StringComparison.Ordinal));
        kb.Write("guides/stat.md", TempKnowledge.Guide("stat", status: "live"));
        kb.Write("guides/date.md", TempKnowledge.Guide("date").Replace("reviewed: 2026-11-25", "reviewed: 25/11/2026", StringComparison.Ordinal));
        var errors = KnowledgeFolderReader.Read(kb.Folder).Errors;
        Assert.Contains(errors, e => e.File == "guides/chan.md" && e.Message.Contains("shouting", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "guides/stat.md" && e.Message.Contains("status", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "guides/date.md" && e.Message.Contains("reviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BinaryFile_IsRejectedNotCrashed()
    {
        using var kb = new TempKnowledge();
        File.WriteAllBytes(Path.Combine(kb.Folder, "faq", "blob.md"), [0xFF, 0xFE, 0x00, 0x01, 0x02]);
        var error = Assert.Single(KnowledgeFolderReader.Read(kb.Folder).Errors);
        Assert.Equal("faq/blob.md", error.File);
    }

    [Fact]
    public void Parse_LawFile_SplitsArticlesWithParagraphsAndChapter()
    {
        var (file, errors) = KnowledgeFileParser.Parse("laws/test-law.md", TempKnowledge.Law);
        Assert.Empty(errors);
        Assert.Equal(3, file!.Entries.Count);
        var second = file.Entries[1];
        Assert.Equal("test-law#2", second.Id);
        Assert.Equal("第二条 信访人可以自收到书面答复之日起30日内请求复查。\n\n复查机关应当予以答复。", second.Text);
        Assert.Equal("第一章 总则", second.Chapter);
        Assert.Equal("《测试条例》第二条", second.Title);
    }
}
