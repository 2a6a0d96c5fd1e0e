using Microsoft.Extensions.Options;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

public sealed class KnowledgeStoreTests : IDisposable
{
    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly LiteDbProvider _db;
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly KnowledgeStore _store;

    public KnowledgeStoreTests()
    {
        _db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _dbPath }));
        _store = new KnowledgeStore(_db, _clock);
    }

    [Fact]
    public void ImportThenExport_ShippedKnowledge_RoundTripsByteForByte()
    {
        var report = _store.Import(KnowledgeFolderReader.Read(TestPaths.Knowledge), "test");
        Assert.Empty(report.RejectedFiles);
        var target = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = _store.Export(target);
            var sources = Directory.GetFiles(TestPaths.Knowledge, "*.md", SearchOption.AllDirectories)
                .Where(f => Path.GetRelativePath(TestPaths.Knowledge, f).Split(Path.DirectorySeparatorChar)[0] is "laws" or "guides" or "faq")
                .ToList();
            Assert.Equal(sources.Count, written);
            foreach (var source in sources)
            {
                var exported = Path.Combine(target, Path.GetRelativePath(TestPaths.Knowledge, source));
                Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(exported));
            }
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public void Import_Twice_IsIdempotent()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        var first = _store.Import(KnowledgeFolderReader.Read(kb.Folder), "staff");
        var second = _store.Import(KnowledgeFolderReader.Read(kb.Folder), "staff");
        Assert.Equal((4, 0, 0), (first.Added, first.Changed, first.Unchanged));
        Assert.Equal((0, 0, 4), (second.Added, second.Changed, second.Unchanged));
    }

    [Fact]
    public void Import_ChangedEntry_KeepsPreviousTextTimeAndAuthor()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        _store.Import(KnowledgeFolderReader.Read(kb.Folder), "alice");
        var before = _store.Get("guide/a")!.Text;
        _clock.Set(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        kb.Write("guides/a.md", TempKnowledge.Guide("a").Replace("1. 第一步。", "1. 改过的第一步。", StringComparison.Ordinal));
        var report = _store.Import(KnowledgeFolderReader.Read(kb.Folder), "bob");

        Assert.Equal(1, report.Changed);
        Assert.Contains("改过的第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        var history = _store.History("guide/a");
        Assert.Equal(2, history.Count);
        Assert.Equal(("added", "alice"), (history[0].Change, history[0].Author));
        Assert.Equal(("changed", "bob", before), (history[1].Change, history[1].Author, history[1].PreviousText));
        Assert.Equal(new DateTime(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc), history[1].ChangedUtc);
    }

    [Fact]
    public void Import_BrokenNewVersion_KeepsLastGoodVersion()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        _store.Import(KnowledgeFolderReader.Read(kb.Folder), "alice");
        kb.Write("guides/a.md", TempKnowledge.Guide("a", "[test-law#42]").Replace("第一步", "坏版本", StringComparison.Ordinal));
        var report = _store.Import(KnowledgeFolderReader.Read(kb.Folder), "bob");

        Assert.Equal(["guides/a.md"], report.RejectedFiles);
        Assert.Contains("第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Single(_store.History("guide/a"));
    }

    [Fact]
    public void SetStatus_Guide_RecordsRevisionAndExportsNewStatus()
    {
        using var kb = new TempKnowledge();
        kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        _store.Import(KnowledgeFolderReader.Read(kb.Folder), "alice");
        Assert.True(_store.SetStatus("guide/a", EntryStatus.Retired, "carol"));

        Assert.Equal(EntryStatus.Retired, _store.Get("guide/a")!.Status);
        var last = _store.History("guide/a")[^1];
        Assert.Equal(("status", EntryStatus.Published, EntryStatus.Retired, "carol"), (last.Change, last.PreviousStatus, last.NewStatus, last.Author));
        var target = Path.Combine(kb.Folder, "out");
        _store.Export(target);
        var exported = File.ReadAllText(Path.Combine(target, "guides", "a.md"));
        Assert.Contains("status: retired", exported, StringComparison.Ordinal);
        Assert.Equal(TempKnowledge.Guide("a").Replace("status: published", "status: retired", StringComparison.Ordinal), exported);
    }

    [Fact]
    public void SetStatus_LawArticle_ExportsArticleStatusAndReimportsIt()
    {
        using var kb = new TempKnowledge();
        _store.Import(KnowledgeFolderReader.Read(kb.Folder), "alice");
        Assert.True(_store.SetStatus("test-law#3", EntryStatus.Retired, "carol"));
        var target = Path.Combine(kb.Folder, "out");
        _store.Export(target);
        var reread = KnowledgeFolderReader.Read(target);
        Assert.Empty(reread.Errors);
        Assert.Equal(EntryStatus.Retired, reread.Entries.Single(e => e.Id == "test-law#3").Status);
        Assert.Equal(EntryStatus.Published, reread.Entries.Single(e => e.Id == "test-law#2").Status);
    }

    [Fact]
    public void SetStatus_UnknownId_ReturnsFalse() => Assert.False(_store.SetStatus("guide/none", EntryStatus.Draft, "x"));

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_dbPath);
    }
}
