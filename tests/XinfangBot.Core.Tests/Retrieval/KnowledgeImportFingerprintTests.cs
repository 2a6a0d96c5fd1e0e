using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Retrieval;

/// <summary>
/// A start whose knowledge folder is exactly as it was at the last clean import skips reading it; any change to the
/// folder imports it as before, and what staff changed in LiteDB is kept either way.
/// </summary>
public sealed class KnowledgeImportFingerprintTests : IDisposable
{
    private static readonly Lazy<Vocabulary> SharedVocabulary = new(() => Vocabulary.Load(Path.Combine(TestPaths.Rules, "vocabulary.yaml")));

    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly TempKnowledge _kb = new();
    private LiteDbProvider _db;
    private KnowledgeStore _store;
    private KnowledgeService _service;

    public KnowledgeImportFingerprintTests()
    {
        _kb.Write("guides/a.md", TempKnowledge.Guide("a"));
        _kb.Write("guides/b.md", TempKnowledge.Guide("b"));
        (_db, _store, _service) = Start();
        Assert.NotNull(_service.ImportFolderIfChanged(_kb.Folder, "startup"));
    }

    [Fact]
    public void ImportFolderIfChanged_FolderUnchanged_SkipsAndChangesNothing()
    {
        var version = _store.Version();
        var entries = _store.All().Count;
        Restart();

        Assert.Null(_service.ImportFolderIfChanged(_kb.Folder, "startup"));
        Assert.Equal(version, _store.Version());
        Assert.Equal(entries, _store.All().Count);
    }

    [Fact]
    public void Current_SecondStartOnUnchangedFolder_SkipsTheImportAndServesTheSameEntries()
    {
        Restart();
        var version = _store.Version();
        var snapshot = _service.Current;

        Assert.Equal(version, _store.Version());
        Assert.Equal(_store.All().Count(e => e.IsPublished), snapshot.Count);
        Assert.Null(_service.ImportFolderIfChanged(_kb.Folder, "startup"));
    }

    [Fact]
    public void ImportFolderIfChanged_FileChanged_ImportsIt()
    {
        _kb.Write("guides/a.md", TempKnowledge.Guide("a").Replace("第一步", "改过的第一步", StringComparison.Ordinal));
        Restart();

        var report = _service.ImportFolderIfChanged(_kb.Folder, "startup");

        Assert.NotNull(report);
        Assert.Equal(1, report.Changed);
        Assert.Contains("改过的第一步", _store.Get("guide/a")!.Text, StringComparison.Ordinal);
        Assert.Null(_service.ImportFolderIfChanged(_kb.Folder, "startup"));
    }

    [Fact]
    public void ImportFolderIfChanged_SameSizeEditKeepingTheTime_ImportsIt()
    {
        var path = Path.Combine(_kb.Folder, "guides", "a.md");
        var time = File.GetLastWriteTimeUtc(path);
        _kb.Write("guides/a.md", TempKnowledge.Guide("a").Replace("第一步", "第二步", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        Restart();

        var report = _service.ImportFolderIfChanged(_kb.Folder, "startup");

        Assert.NotNull(report);
        Assert.Equal(1, report.Changed);
    }

    [Fact]
    public void ImportFolderIfChanged_FileAdded_ImportsIt()
    {
        _kb.Write("guides/c.md", TempKnowledge.Guide("c"));
        Restart();

        var report = _service.ImportFolderIfChanged(_kb.Folder, "startup");

        Assert.NotNull(report);
        Assert.Equal(1, report.Added);
        Assert.Equal(EntryStatus.Published, _store.Get("guide/c")!.Status);
    }

    [Fact]
    public void ImportFolderIfChanged_FileRemoved_RetiresItsEntry()
    {
        File.Delete(Path.Combine(_kb.Folder, "guides", "b.md"));
        Restart();

        var report = _service.ImportFolderIfChanged(_kb.Folder, "startup");

        Assert.NotNull(report);
        Assert.Equal(1, report.Retired);
        Assert.Equal(EntryStatus.Retired, _store.Get("guide/b")!.Status);
    }

    [Fact]
    public void ImportFolderIfChanged_StaffSetDraftThenRestart_SkipsAndKeepsTheDraft()
    {
        Assert.True(_store.SetStatus("guide/a", EntryStatus.Draft, "carol"));
        Restart();

        Assert.Null(_service.ImportFolderIfChanged(_kb.Folder, "startup"));
        Assert.Equal(EntryStatus.Draft, _store.Get("guide/a")!.Status);
        Assert.Contains("status: draft", _store.FileText("guides/a.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportFolderIfChanged_StaffDraftThenAnotherFileChanged_ImportsAndKeepsTheDraft()
    {
        Assert.True(_store.SetStatus("guide/a", EntryStatus.Draft, "carol"));
        _kb.Write("guides/b.md", TempKnowledge.Guide("b").Replace("第一步", "改过的第一步", StringComparison.Ordinal));
        Restart();

        var report = _service.ImportFolderIfChanged(_kb.Folder, "startup");

        Assert.NotNull(report);
        Assert.Equal(1, report.Changed);
        Assert.Equal(EntryStatus.Draft, _store.Get("guide/a")!.Status);
    }

    [Fact]
    public void ImportFolderIfChanged_LastImportRejectedAFile_ImportsAgain()
    {
        _kb.Write("guides/broken.md", "no front matter\n");
        Restart();
        var first = _service.ImportFolderIfChanged(_kb.Folder, "startup");
        Restart();

        Assert.NotNull(first);
        Assert.NotEmpty(first.RejectedFiles);
        Assert.NotNull(_service.ImportFolderIfChanged(_kb.Folder, "startup"));
    }

    [Fact]
    public void ImportFolderIfChanged_AnotherFolderImportedSince_ImportsAgain()
    {
        using var other = new TempKnowledge();
        other.Write("guides/a.md", TempKnowledge.Guide("a"));
        _service.ImportFolder(other.Folder, "bob");
        Assert.Equal(EntryStatus.Retired, _store.Get("guide/b")!.Status);
        Restart();

        var report = _service.ImportFolderIfChanged(_kb.Folder, "startup");

        Assert.NotNull(report);
        Assert.Equal(EntryStatus.Published, _store.Get("guide/b")!.Status);
    }

    [Fact]
    public void Compute_SameFolderTwice_SameFingerprintAndOtherDeadlinesDiffer()
    {
        var first = KnowledgeFolderFingerprint.Compute(_kb.Folder, ["a"]);

        Assert.NotNull(first);
        Assert.Equal(first, KnowledgeFolderFingerprint.Compute(_kb.Folder, ["a"]));
        Assert.NotEqual(first, KnowledgeFolderFingerprint.Compute(_kb.Folder, ["a", "b"]));
    }

    [Fact]
    public void TrySeed_SameFolderAnywhere_NewDatabaseStartsFromTheCopyAndSkipsTheImport()
    {
        _service.Dispose();
        _db.Dispose();
        // The folder's place is not part of the fingerprint: the same files elsewhere (where the program is installed).
        using var installed = new TempKnowledge();
        installed.Write("guides/a.md", TempKnowledge.Guide("a"));
        installed.Write("guides/b.md", TempKnowledge.Guide("b"));
        var target = TestPaths.TempDatabase();
        var fingerprint = KnowledgeFolderFingerprint.Compute(installed.Folder, new Rules().Deadlines.Ids);
        var seed = new DatabaseSeed(path => KnowledgeSeed.TrySeed(_dbPath, path, fingerprint));
        try
        {
            using (var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = target }), seed: seed))
            {
                var store = new KnowledgeStore(db, TimeProvider.System);
                using var service = new KnowledgeService(store, new Rules(), Options.Create(new KnowledgeOptions { Path = installed.Folder, PromptsPath = TestPaths.Prompts }), NullLogger<KnowledgeService>.Instance);
                Assert.Equal(EntryStatus.Published, store.Get("guide/b")!.Status);
                Assert.Null(service.ImportFolderIfChanged(installed.Folder, "startup"));
            }

            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
            }

            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".seed-*"));
        }
        finally
        {
            File.Delete(target);
            (_db, _store, _service) = Start();
        }
    }

    [Fact]
    public void TrySeed_FolderEditedSinceTheBuild_NothingCopiedAndTheFolderIsImported()
    {
        _service.Dispose();
        _db.Dispose();
        _kb.Write("guides/c.md", TempKnowledge.Guide("c"));
        var target = TestPaths.TempDatabase();
        var fingerprint = KnowledgeFolderFingerprint.Compute(_kb.Folder, new Rules().Deadlines.Ids);
        try
        {
            Assert.False(KnowledgeSeed.TrySeed(_dbPath, target, fingerprint));
            Assert.False(File.Exists(target));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".seed-*"));
            using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = target }), seed: new DatabaseSeed(path => KnowledgeSeed.TrySeed(_dbPath, path, fingerprint)));
            var store = new KnowledgeStore(db, TimeProvider.System);
            using var service = new KnowledgeService(store, new Rules(), Options.Create(new KnowledgeOptions { Path = _kb.Folder, PromptsPath = TestPaths.Prompts }), NullLogger<KnowledgeService>.Instance);
            Assert.Equal(0, store.Count());
            Assert.True(service.ImportFolderIfChanged(_kb.Folder, "startup")!.Added > 0);
            Assert.NotNull(store.Get("guide/c"));
        }
        finally
        {
            File.Delete(target);
            (_db, _store, _service) = Start();
        }
    }

    [Fact]
    public void TrySeed_DatabaseAlreadyThere_LeftAlone()
    {
        _service.Dispose();
        _db.Dispose();
        var target = TestPaths.TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "x");
        try
        {
            Assert.False(KnowledgeSeed.TrySeed(_dbPath, target, KnowledgeFolderFingerprint.Compute(_kb.Folder, new Rules().Deadlines.Ids)));
            Assert.Equal("x", File.ReadAllText(target));
        }
        finally
        {
            File.Delete(target);
            (_db, _store, _service) = Start();
        }
    }

    public void Dispose()
    {
        _service.Dispose();
        _db.Dispose();
        _kb.Dispose();
        if (File.Exists(_dbPath))
        {
            File.Delete(_dbPath);
        }
    }

    private (LiteDbProvider Db, KnowledgeStore Store, KnowledgeService Service) Start()
    {
        var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _dbPath }));
        var store = new KnowledgeStore(db, TimeProvider.System);
        var options = Options.Create(new KnowledgeOptions { Path = _kb.Folder, PromptsPath = TestPaths.Prompts });
        return (db, store, new KnowledgeService(store, new Rules(), options, NullLogger<KnowledgeService>.Instance));
    }

    private void Restart()
    {
        _service.Dispose();
        _db.Dispose();
        (_db, _store, _service) = Start();
    }

    private sealed class Rules : IKnowledgeRules
    {
        public Vocabulary Vocabulary => SharedVocabulary.Value;

        public IReadOnlySet<string> StopWords { get; } = new HashSet<string>(StringComparer.Ordinal);

        public DeadlineRuleSet Deadlines { get; } = new([]);
    }
}
