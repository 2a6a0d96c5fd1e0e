using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>The classifier's cache key is taken from the raw corpus and the normalizer's fingerprint, not from normalized texts.</summary>
public sealed class SafetyClassifierRawKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("xfb-rawkey-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A part of the shipped corpus with every label (raw texts, as the files hold them), so each training is short.
    private static List<(string Text, SafetyLabel Label)> Corpus() =>
        [.. SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train"))
            .GroupBy(i => i.Label)
            .SelectMany(g => g.Take(120))
            .Select(i => (i.Text, i.Label))];

    // The shipped OpenCC tables and vocabulary copied to a folder of the test's own, so the test may edit them.
    private TextNormalizer Normalizer(Action<string>? edit = null)
    {
        var rules = Path.Combine(_folder, "rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(rules, "opencc"));
        foreach (var table in new[] { "TSPhrases.txt", "TSCharacters.txt" })
        {
            File.Copy(Path.Combine(TestPaths.Rules, "opencc", table), Path.Combine(rules, "opencc", table));
        }

        File.Copy(Path.Combine(TestPaths.Rules, "vocabulary.yaml"), Path.Combine(rules, "vocabulary.yaml"));
        edit?.Invoke(rules);
        return new TextNormalizer(ChineseConverter.Load(Path.Combine(rules, "opencc")), Vocabulary.Load(Path.Combine(rules, "vocabulary.yaml")));
    }

    private string Cache => Path.Combine(_folder, "cache");

    // Loads or trains as a start does, counting the normalization passes over the corpus.
    private (SafetyClassifier Classifier, int Normalized) Start(List<(string Text, SafetyLabel Label)> raw, TextNormalizer normalizer)
    {
        var passes = 0;
        var key = SafetyClassifier.KeyFor(raw, normalizer) ?? throw new InvalidOperationException("no fingerprint");
        var classifier = SafetyClassifier.LoadOrFit(raw.Count, () =>
        {
            passes++;
            return raw.Select(i => (normalizer.Normalize(i.Text).Text, i.Label)).ToList();
        }, key, Cache);
        return (classifier, passes);
    }

    [Fact]
    public void LoadOrFit_UnchangedCorpusAndRules_ReadsTheWeightsWithoutNormalizing()
    {
        var raw = Corpus();
        var (trained, trainedPasses) = Start(raw, Normalizer());

        var (loaded, loadedPasses) = Start(raw, Normalizer());

        Assert.Equal((false, 1), (trained.FromCache, trainedPasses));
        Assert.Equal((true, true, 0), (loaded.FromCache, loaded.Linear, loadedPasses));
        Assert.Equal(trained.Predict("药我已经吃下去了"), loaded.Predict("药我已经吃下去了"));
    }

    [Fact]
    public void LoadOrFit_CorpusEdited_TrainsAgain()
    {
        var raw = Corpus();
        Start(raw, Normalizer());
        var edited = raw.ToList();
        edited[5] = (edited[5].Text + "。", edited[5].Label);

        var (classifier, passes) = Start(edited, Normalizer());

        Assert.False(classifier.FromCache);
        Assert.Equal(1, passes);
        Assert.Equal(2, Directory.GetFiles(Cache, "*.weights").Length);
    }

    [Fact]
    public void LoadOrFit_LabelChanged_TrainsAgain()
    {
        var raw = Corpus();
        Start(raw, Normalizer());
        var relabelled = raw.ToList();
        relabelled[0] = (relabelled[0].Text, relabelled[0].Label == SafetyLabel.None ? SafetyLabel.Crisis : SafetyLabel.None);

        Assert.False(Start(relabelled, Normalizer()).Classifier.FromCache);
    }

    [Fact]
    public void LoadOrFit_VocabularyEdited_TrainsAgain()
    {
        var raw = Corpus();
        Start(raw, Normalizer());

        // A comment changes no normalization, but the key cannot know that without normalizing: it trains again.
        var (classifier, passes) = Start(raw, Normalizer(rules => File.AppendAllText(Path.Combine(rules, "vocabulary.yaml"), "\n# edited\n")));

        Assert.False(classifier.FromCache);
        Assert.Equal(1, passes);
    }

    [Fact]
    public void LoadOrFit_OpenCcTableEdited_TrainsAgain()
    {
        var raw = Corpus();
        Start(raw, Normalizer());

        var (classifier, _) = Start(raw, Normalizer(rules => File.AppendAllText(Path.Combine(rules, "opencc", "TSCharacters.txt"), "\u5677\t\u5677\n")));

        Assert.False(classifier.FromCache);
    }

    [Fact]
    public void Fingerprint_SameFiles_EqualAndEditedVocabulary_Differs()
    {
        var a = Normalizer().Fingerprint;
        var b = Normalizer().Fingerprint;
        var edited = Normalizer(rules => File.AppendAllText(Path.Combine(rules, "vocabulary.yaml"), "\n# edited\n")).Fingerprint;

        Assert.NotNull(a);
        Assert.Equal(a, b);
        Assert.NotEqual(a, edited);
        Assert.NotEqual(a, new TextNormalizer(ChineseConverter.Load(Path.Combine(TestPaths.Rules, "opencc")), Vocabulary.Load(Path.Combine(TestPaths.Rules, "vocabulary.yaml")), maxChars: 100).Fingerprint);
    }
}
