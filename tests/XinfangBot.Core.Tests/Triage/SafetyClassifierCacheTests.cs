using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

public sealed class SafetyClassifierCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("xfb-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A part of the shipped corpus with every label, so each test trains in well under a second.
    private static IReadOnlyList<(string Text, SafetyLabel Label)> Corpus() =>
        [.. SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train"))
            .GroupBy(i => i.Label)
            .SelectMany(g => g.Take(120))
            .Select(i => (i.Text, i.Label))];

    private static readonly string[] Probes = ["药我已经吃下去了", "拆迁补偿应该找哪个部门", "刀磨好了明天去找他"];

    [Fact]
    public void LoadOrFit_SecondStart_LoadsTheSavedModelWithTheSamePredictions()
    {
        var items = Corpus();
        var key = SafetyClassifier.Fingerprint(items);

        var trained = SafetyClassifier.LoadOrFit(items, key, _folder);
        var loaded = SafetyClassifier.LoadOrFit(items, key, _folder);

        Assert.False(trained.FromCache);
        Assert.True(loaded.FromCache);
        var file = Assert.Single(Directory.GetFiles(_folder, "*.zip"));
        Assert.Equal(SafetyClassifier.CacheFileName(key), Path.GetFileName(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        foreach (var probe in Probes)
        {
            Assert.Equal(trained.Predict(probe), loaded.Predict(probe));
        }
    }

    [Fact]
    public void LoadOrFit_DamagedCacheFile_TrainsAgainAndReplacesIt()
    {
        var items = Corpus();
        var key = SafetyClassifier.Fingerprint(items);
        var path = Path.Combine(_folder, SafetyClassifier.CacheFileName(key));
        File.WriteAllText(path, "not a model");

        var classifier = SafetyClassifier.LoadOrFit(items, key, _folder);

        Assert.False(classifier.FromCache);
        Assert.True(SafetyClassifier.LoadOrFit(items, key, _folder).FromCache);
    }

    [Fact]
    public void LoadOrFit_ChangedCorpus_NeverUsesTheOldModel()
    {
        var items = Corpus();
        SafetyClassifier.LoadOrFit(items, SafetyClassifier.Fingerprint(items), _folder);
        var changed = items.Skip(1).ToList();

        var classifier = SafetyClassifier.LoadOrFit(changed, SafetyClassifier.Fingerprint(changed), _folder);

        Assert.False(classifier.FromCache);
        Assert.Equal(2, Directory.GetFiles(_folder, "*.zip").Length);
    }

    [Fact]
    public void LoadOrFit_FolderThatCannotBeWritten_StillTrains()
    {
        var items = Corpus();
        var blocked = Path.Combine(_folder, "file-not-folder");
        File.WriteAllText(blocked, string.Empty);

        var classifier = SafetyClassifier.LoadOrFit(items, SafetyClassifier.Fingerprint(items), blocked);

        Assert.False(classifier.FromCache);
        Assert.InRange(classifier.Predict(Probes[1]).Crisis, 0, 1);
    }
}
