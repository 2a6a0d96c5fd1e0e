using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Retrieval;

/// <summary>
/// The on-disk index cache and the index shipped beside the program: an index is reused only when it was built from the
/// same knowledge and its files are exactly those its manifest names; anything else is rebuilt, never searched.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class IndexCacheTests(EngineFixture fixture) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "index-cache-" + Guid.NewGuid().ToString("N"));

    private List<KnowledgeEntry> Entries() =>
        fixture.Knowledge.Current.Entries.Where(e => e.Kind != EntryKind.Law || e.LawSlug == "xinfang-gongzuo-tiaoli-2022").ToList();

    private KnowledgeIndex Build(IEnumerable<KnowledgeEntry> entries, string? cache, string? shipped = null) =>
        KnowledgeIndex.Build(entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords, cache, shippedFolder: shipped);

    private List<string> Queries() => new[] { "对信访处理意见不服还能找谁", "复查 书面答复 30日", "包工头跑了，工钱找谁要" }
        .Select(q => fixture.Rules.Normalizer.Normalize(q).Text).ToList();

    private void AssertSearchesLike(KnowledgeIndex expected, KnowledgeIndex actual)
    {
        foreach (var q in Queries())
        {
            Assert.Equal(expected.Search(q, 40), actual.Search(q, 40));
            Assert.Equal(expected.Search(q, 30, EntryKind.Law), actual.Search(q, 30, EntryKind.Law));
        }
    }

    private static string LargestFile(string indexFolder) =>
        Directory.GetFiles(Path.Combine(indexFolder, "docs")).OrderByDescending(f => new FileInfo(f).Length).First();

    [Fact]
    public void Build_CachedFileDamaged_RebuiltAndSearchesLikeAFreshIndex()
    {
        var entries = Entries();
        var cache = Path.Combine(_root, "cache");
        Build(entries, cache).Dispose();
        var folder = Directory.GetDirectories(cache).Single();
        var file = LargestFile(folder);
        var good = File.ReadAllBytes(file);
        var damaged = (byte[])good.Clone();
        for (var i = good.Length / 3; i < good.Length * 2 / 3; i++)
        {
            damaged[i] ^= 0x5A;
        }

        File.WriteAllBytes(file, damaged);

        using var reopened = Build(entries, cache);
        using var inMemory = Build(entries, null);
        AssertSearchesLike(inMemory, reopened);
        Assert.Equal(folder, Directory.GetDirectories(cache).Single());
        Assert.False(File.Exists(file) && File.ReadAllBytes(file).SequenceEqual(damaged));
    }

    [Fact]
    public void Build_CachedFolderWithoutManifestOrWithAStrayFile_Rebuilt()
    {
        var entries = Entries();
        var cache = Path.Combine(_root, "cache");
        Build(entries, cache).Dispose();
        var folder = Directory.GetDirectories(cache).Single();
        var stray = Path.Combine(folder, "laws", "segments_9");
        File.WriteAllBytes(stray, [1, 2, 3]);

        using (var again = Build(entries, cache))
        {
            Assert.False(File.Exists(stray));
            Assert.NotEmpty(again.Search("复查", 3));
        }

        File.Delete(Path.Combine(folder, "complete"));
        using var rebuilt = Build(entries, cache);
        Assert.True(File.Exists(Path.Combine(folder, "complete")));
        using var inMemory = Build(entries, null);
        AssertSearchesLike(inMemory, rebuilt);
    }

    [Fact]
    public void Build_ShippedIndexOfTheSameKnowledge_UsedWithoutBuilding()
    {
        var entries = Entries();
        var shipped = Path.Combine(_root, "shipped");
        Build(entries, shipped).Dispose();
        var cache = Path.Combine(_root, "cache");

        using var fromShipped = Build(entries, cache, shipped);
        Assert.False(Directory.Exists(cache) && Directory.EnumerateFileSystemEntries(cache).Any());
        using var inMemory = Build(entries, null);
        AssertSearchesLike(inMemory, fromShipped);
    }

    [Fact]
    public void Build_ShippedIndexOfOtherKnowledge_NotUsed_EditedEntryBuiltIntoTheCache()
    {
        var entries = Entries();
        var shipped = Path.Combine(_root, "shipped");
        Build(entries, shipped).Dispose();
        var cache = Path.Combine(_root, "cache");
        var edited = entries.Select(e => e.Id == "faq/hearing" ? e with { Summary = e.Summary + "（工作人员已修改：听证会）" } : e).ToList();

        using var built = Build(edited, cache, shipped);
        var folder = Directory.GetDirectories(cache).Single();
        Assert.NotEqual(Path.GetFileName(Directory.GetDirectories(shipped).Single()), Path.GetFileName(folder));
        using var inMemory = Build(edited, null);
        AssertSearchesLike(inMemory, built);
    }

    [Fact]
    public void Build_ShippedIndexDamaged_NotSearched_BuiltIntoTheCache()
    {
        var entries = Entries();
        var shipped = Path.Combine(_root, "shipped");
        Build(entries, shipped).Dispose();
        var file = LargestFile(Directory.GetDirectories(shipped).Single());
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var cache = Path.Combine(_root, "cache");

        using var built = Build(entries, cache, shipped);
        Assert.Single(Directory.GetDirectories(cache));
        using var inMemory = Build(entries, null);
        AssertSearchesLike(inMemory, built);
    }

    [Fact]
    public void SeedModelCache_CopiesOnlyMissingModelFiles_LeavesOthersAlone()
    {
        var shipped = Path.Combine(_root, "shipped-models");
        var models = Path.Combine(_root, "db");
        Directory.CreateDirectory(shipped);
        Directory.CreateDirectory(models);
        File.WriteAllText(Path.Combine(shipped, "xinfangbot.safety-model.aaa.bbb.weights"), "shipped weights");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(shipped, "xinfangbot.safety-model.aaa.bbb.weights"), (UnixFileMode)0b110_100_100);
        }

        File.WriteAllText(Path.Combine(shipped, "xinfangbot.safety-lexicon.ccc.checked"), string.Empty);
        File.WriteAllText(Path.Combine(shipped, "xinfangbot.safety-model.aaa.ddd.weights"), "shipped other");
        File.WriteAllText(Path.Combine(shipped, "xinfangbot.safety-model.aaa.bbb.zip"), "not shipped");
        File.WriteAllText(Path.Combine(shipped, "other.weights"), "not a model");
        File.WriteAllText(Path.Combine(models, "xinfangbot.safety-model.aaa.ddd.weights"), "already here");

        Assert.Equal(2, ShippedCaches.SeedModelCache(shipped, models));

        Assert.Equal("shipped weights", File.ReadAllText(Path.Combine(models, "xinfangbot.safety-model.aaa.bbb.weights")));
        Assert.True(File.Exists(Path.Combine(models, "xinfangbot.safety-lexicon.ccc.checked")));
        Assert.Equal("already here", File.ReadAllText(Path.Combine(models, "xinfangbot.safety-model.aaa.ddd.weights")));
        Assert.False(File.Exists(Path.Combine(models, "xinfangbot.safety-model.aaa.bbb.zip")));
        Assert.False(File.Exists(Path.Combine(models, "other.weights")));
        Assert.Empty(Directory.GetFiles(models, "*.tmp-*"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(models, "xinfangbot.safety-model.aaa.bbb.weights")));
        }

        Assert.Equal(0, ShippedCaches.SeedModelCache(shipped, models));
        Assert.Equal(0, ShippedCaches.SeedModelCache(Path.Combine(_root, "none"), models));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
