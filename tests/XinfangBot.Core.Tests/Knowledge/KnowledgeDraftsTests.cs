using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

public sealed class KnowledgeDraftsTests : IDisposable
{
    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly TempKnowledge _kb = new();
    private readonly RuleBook _rules = new(TestPaths.Rules, TestPaths.Prompts);
    private LiteDbProvider _db;
    private KnowledgeStore _store;
    private KnowledgeDrafts _drafts;

    public KnowledgeDraftsTests()
    {
        _db = Open();
        _store = new KnowledgeStore(_db, _clock);
        _drafts = new KnowledgeDrafts(_db, _store, _rules, _clock);
        _kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        _store.Import(KnowledgeFolderReader.Read(_kb.Folder), "alice", _kb.Folder);
    }

    private static string Edited => TempKnowledge.Guide("a").Replace("1. 第一步。", "1. 新的第一步。\n2. 第二步。", StringComparison.Ordinal);

    [Fact]
    public void Save_Draft_LeavesThePublishedEntryAlone()
    {
        var result = _drafts.Save("guide/a", Edited, "wang");

        Assert.Empty(result.Errors);
        Assert.DoesNotContain("新的第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Equal(1, _store.Version());
    }

    [Fact]
    public void Draft_SurvivesARestart()
    {
        _drafts.Save("guide/a", Edited, "wang");
        _db.Dispose();
        _db = Open();
        _store = new KnowledgeStore(_db, _clock);
        _drafts = new KnowledgeDrafts(_db, _store, _rules, _clock);
        _store.Import(KnowledgeFolderReader.Read(_kb.Folder), "startup", _kb.Folder);

        var draft = _drafts.Get("guide/a");
        Assert.NotNull(draft);
        Assert.Equal(("wang", "edit"), (draft.Author, draft.Origin));
        Assert.Contains("新的第一步", draft.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_ValidDraft_ChangesEntryWithARevisionAndLineDiff()
    {
        _drafts.Save("guide/a", Edited, "wang");
        _clock.Set(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var result = _drafts.Publish("guide/a", "li");

        Assert.True(result.Published);
        Assert.Contains("新的第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Null(_drafts.Get("guide/a"));
        var history = _store.History("guide/a");
        Assert.Equal("li", history[^1].Author);
        var diff = RevisionDiff.Lines(history[^2].Raw, history[^1].Raw).OfType<DiffLine>().Where(l => l.Mark != ' ').ToList();
        Assert.Equal(
            [('-', "1. 第一步。"), ('+', "1. 新的第一步。"), ('+', "2. 第二步。")],
            diff.Select(l => (l.Mark, l.Text)).ToList());
        Assert.Equal(14, diff[1].NewLine);
    }

    [Fact]
    public void Publish_DraftCitingAMissingArticle_IsRefusedWithFileAndLine()
    {
        _drafts.Save("guide/a", TempKnowledge.Guide("a", "[test-law#42]").Replace("第一步", "坏版本", StringComparison.Ordinal), "wang");
        var result = _drafts.Publish("guide/a", "li");

        Assert.False(result.Published);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("guides/a.md", 8), (error.File, error.Line));
        Assert.Contains("test-law#42", error.Message, StringComparison.Ordinal);
        Assert.Contains("第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.NotNull(_drafts.Get("guide/a"));
    }

    [Fact]
    public void Restore_EarlierRevision_BecomesADraftThatPublishesTheOldText()
    {
        _drafts.Save("guide/a", Edited, "wang");
        _drafts.Publish("guide/a", "li");
        var restored = _drafts.Restore("guide/a", 1, "zhao");
        Assert.NotNull(restored);
        Assert.Equal("restore #1", restored.Draft.Origin);
        Assert.True(_drafts.Publish("guide/a", "zhao").Published);

        Assert.DoesNotContain("新的第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Equal(TempKnowledge.Guide("a"), _store.FileText("guides/a.md"));
    }

    [Fact]
    public void Save_LawArticle_IsNotEditable() =>
        Assert.Throws<ArgumentException>(() => _drafts.Save("test-law#2", "x", "wang"));

    [Fact]
    public void Publish_NewFaq_IsExportedAndNotRetiredByTheNextImport()
    {
        var raw = TempKnowledge.Guide("a").Replace("id: guide/a", "id: faq/new-one", StringComparison.Ordinal).Replace("kind: guide", "kind: faq", StringComparison.Ordinal);
        _drafts.Save("faq/new-one", raw, "wang");
        Assert.True(_drafts.Publish("faq/new-one", "wang").Published);
        _store.Import(KnowledgeFolderReader.Read(_kb.Folder), "startup", _kb.Folder);

        Assert.Equal(EntryStatus.Published, _store.Get("faq/new-one")!.Status);
        var target = Path.Combine(_kb.Folder, "out");
        _store.Export(target);
        Assert.True(File.Exists(Path.Combine(target, "faq", "new-one.md")));
    }

    private LiteDbProvider Open() => new(Options.Create(new StorageOptions { DatabasePath = _dbPath }));

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_dbPath);
        _kb.Dispose();
    }
}
