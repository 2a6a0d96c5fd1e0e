using Microsoft.Extensions.Options;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

/// <summary>The folder is the reviewed form, LiteDB holds what staff did since: re-imports keep it, report conflicts, retire deleted files.</summary>
public sealed class KnowledgeStoreReimportTests : IDisposable
{
    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly TempKnowledge _kb = new();
    private LiteDbProvider _db;
    private KnowledgeStore _store;

    public KnowledgeStoreReimportTests()
    {
        _db = Open();
        _store = new KnowledgeStore(_db, _clock);
        _kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        _kb.Write("guides/b.md", TempKnowledge.Guide("b"));
        _store.Import(Read(), "alice", _kb.Folder);
    }

    [Fact]
    public void Import_AfterStaffSetDraftAndRestart_KeepsTheDraftStatus()
    {
        Assert.True(_store.SetStatus("guide/a", EntryStatus.Draft, "carol"));
        Restart();
        var report = _store.Import(Read(), "startup", _kb.Folder);

        Assert.Equal(EntryStatus.Draft, _store.Get("guide/a")!.Status);
        Assert.Equal(0, report.Changed);
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Import_FileDeleted_RetiresItsEntryAndKeepsHistory()
    {
        File.Delete(Path.Combine(_kb.Folder, "guides", "b.md"));
        var report = _store.Import(Read(), "bob", _kb.Folder);

        Assert.Equal(1, report.Retired);
        Assert.Equal(EntryStatus.Retired, _store.Get("guide/b")!.Status);
        var history = _store.History("guide/b");
        Assert.Equal(("file deleted", "bob"), (history[^1].Change, history[^1].Author));
        Assert.Contains("第一步", history[^1].PreviousText, StringComparison.Ordinal);
        Assert.Equal(EntryStatus.Published, _store.Get("guide/a")!.Status);
        Assert.False(File.Exists(Export("guides/b.md")));
    }

    [Fact]
    public void Import_FileBack_AfterDeletion_PublishesItAgain()
    {
        File.Delete(Path.Combine(_kb.Folder, "guides", "b.md"));
        _store.Import(Read(), "bob", _kb.Folder);
        _kb.Write("guides/b.md", TempKnowledge.Guide("b"));
        _store.Import(Read(), "bob", _kb.Folder);

        Assert.Equal(EntryStatus.Published, _store.Get("guide/b")!.Status);
    }

    [Fact]
    public void Import_BothChangedAndStoreEditNewer_ReportsConflictAndKeepsTheEdit()
    {
        _kb.Write("guides/a.md", TempKnowledge.Guide("a").Replace("第一步", "文件里的改动", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Folder, "guides", "a.md"), new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc));
        _clock.Set(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        _store.SetStatus("guide/a", EntryStatus.Draft, "carol");
        var report = _store.Import(Read(), "bob", _kb.Folder);

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(("guides/a.md", "carol", false), (conflict.File, conflict.Editor, conflict.FolderKept));
        Assert.Equal(EntryStatus.Draft, _store.Get("guide/a")!.Status);
        Assert.DoesNotContain("文件里的改动", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Contains("conflict", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BothChangedAndFileNewer_ReportsConflictAndTakesTheFile()
    {
        _store.SetStatus("guide/a", EntryStatus.Draft, "carol");
        _kb.Write("guides/a.md", TempKnowledge.Guide("a").Replace("第一步", "文件里的改动", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(Path.Combine(_kb.Folder, "guides", "a.md"), new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc));
        var report = _store.Import(Read(), "bob", _kb.Folder);

        Assert.True(Assert.Single(report.Conflicts).FolderKept);
        Assert.Equal(EntryStatus.Published, _store.Get("guide/a")!.Status);
        Assert.Contains("文件里的改动", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Contains(_store.History("guide/a"), r => r.Change == "status" && r.NewStatus == EntryStatus.Draft);
    }

    [Fact]
    public void Import_ExportedEditCommittedBack_IsNoConflict()
    {
        _store.SetStatus("guide/a", EntryStatus.Retired, "carol");
        File.WriteAllText(Path.Combine(_kb.Folder, "guides", "a.md"), _store.FileText("guides/a.md"));
        var report = _store.Import(Read(), "bob", _kb.Folder);

        Assert.Empty(report.Conflicts);
        Assert.Equal(EntryStatus.Retired, _store.Get("guide/a")!.Status);
    }

    [Fact]
    public void Changes_MoveTheVersion_NoChangeKeepsIt()
    {
        var before = _store.Version();
        _store.Import(Read(), "bob", _kb.Folder);
        Assert.Equal(before, _store.Version());
        _store.SetStatus("guide/a", EntryStatus.Draft, "carol");
        Assert.Equal(before + 1, _store.Version());
    }

    private KnowledgeReadResult Read() => KnowledgeFolderReader.Read(_kb.Folder);

    private string Export(string relative)
    {
        var target = Path.Combine(_kb.Folder, "out");
        _store.Export(target);
        return Path.Combine(target, relative);
    }

    private LiteDbProvider Open() => new(Options.Create(new StorageOptions { DatabasePath = _dbPath }));

    private void Restart()
    {
        _db.Dispose();
        _db = Open();
        _store = new KnowledgeStore(_db, _clock);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_dbPath);
        _kb.Dispose();
    }
}
