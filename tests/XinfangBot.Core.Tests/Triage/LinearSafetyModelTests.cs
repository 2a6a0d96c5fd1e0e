using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;
using XinfangBot.Core.Triage;
using Xunit.Abstractions;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// The safety model's weights scored in plain C# give ML.NET's probabilities: the whole shipped corpus, normalized as
/// the triage normalizes it, compared message by message, with the thresholds the triage decides by.
/// </summary>
public sealed class LinearSafetyModelTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("xfb-linear-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly Lazy<IReadOnlyList<(string Text, SafetyLabel Label)>> ShippedCorpus = new(() =>
    {
        var rules = TestPaths.Rules;
        var normalizer = new TextNormalizer(ChineseConverter.Load(Path.Combine(rules, "opencc")), Vocabulary.Load(Path.Combine(rules, "vocabulary.yaml")));
        return [.. SafetyCorpus.Load(Path.Combine(rules, "safety", "train")).Select(i => (normalizer.Normalize(i.Text).Text, i.Label))];
    });

    [Fact]
    [Trait("Category", "Slow")]
    public void TrainBoth_ShippedCorpus_SameProbabilitiesAndDecisions()
    {
        var items = ShippedCorpus.Value;
        var decision = SafetyDecision.Load(Path.Combine(TestPaths.Rules, "safety", "lexicon.yaml"));
        double[] thresholds = [decision.ModelAlarm, decision.ModelAlone, decision.ModelUncertain, decision.SentenceAlarm];

        var (mlNet, linear, reported, failure) = SafetyClassifier.TrainBoth(items);

        Assert.Null(failure);
        Assert.NotNull(linear);
        Assert.True(linear.Linear);
        Assert.False(mlNet.Linear);
        var max = 0.0;
        var differentDecisions = 0;
        foreach (var (text, _) in items)
        {
            var (ec, et) = mlNet.Predict(text);
            var (ac, at) = linear.Predict(text);
            max = Math.Max(max, Math.Max(Math.Abs(ec - ac), Math.Abs(et - at)));
            differentDecisions += thresholds.Count(t => (ec >= t) != (ac >= t) || (et >= t) != (at >= t));
        }

        output.WriteLine($"{items.Count} messages, {linear.Items} trained on, largest difference {max:E2} (export check {reported:E2})");
        // The export's own bound (1e-5). Float rounding grows with the weights: SDCA's came to 5.4e-7, the shipped
        // L-BFGS model's (session 11) to 5.1e-6, with no decision changed at any threshold.
        Assert.True(max <= 1e-5, $"largest difference {max:E2}");
        Assert.True(reported <= 1e-5, $"reported difference {reported:E2}");
        Assert.Equal(0, differentDecisions);
    }

    [Fact]
    public void LoadOrFit_SecondStart_ReadsTheWeightsWithTheSamePredictions()
    {
        var items = SmallCorpus();
        var key = SafetyClassifier.Fingerprint(items);

        var trained = SafetyClassifier.LoadOrFit(items, key, _folder);
        var loaded = SafetyClassifier.LoadOrFit(items, key, _folder);

        Assert.True(trained.Linear);
        Assert.False(trained.FromCache);
        Assert.True(loaded.Linear);
        Assert.True(loaded.FromCache);
        var weights = Path.Combine(_folder, SafetyClassifier.WeightsFileName(key));
        Assert.True(File.Exists(weights));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(weights));
        }

        foreach (var probe in Probes)
        {
            Assert.Equal(trained.Predict(probe), loaded.Predict(probe));
        }
    }

    [Fact]
    public void LoadOrFit_DamagedWeights_LoadsTheModelFileAndWritesThemAgain()
    {
        var items = SmallCorpus();
        var key = SafetyClassifier.Fingerprint(items);
        var first = SafetyClassifier.LoadOrFit(items, key, _folder);
        var weights = Path.Combine(_folder, SafetyClassifier.WeightsFileName(key));
        var bytes = File.ReadAllBytes(weights);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(weights, bytes);

        var second = SafetyClassifier.LoadOrFit(items, key, _folder);

        Assert.True(second.FromCache);
        Assert.True(second.Linear);
        Assert.NotEqual(bytes, File.ReadAllBytes(weights));
        Assert.Equal(first.Predict(Probes[0]), second.Predict(Probes[0]));
    }

    [Fact]
    public void Normalize_PunctuationCaseAndDiacritics_AsTheFeaturizer()
    {
        Assert.Equal("我不想活了abc", LinearSafetyModel.Normalize("我不想活了！ABC。"));
        Assert.Equal("cafe 12", LinearSafetyModel.Normalize("Café 12"));
        Assert.Equal("e", LinearSafetyModel.Normalize("e\u0301"));
        Assert.Equal("\u00D7", LinearSafetyModel.Normalize("\u00D7"));
    }

    [Fact]
    public void Predict_EmptyAndUnknownText_GiveTheBiasesSoftmax()
    {
        var items = SmallCorpus();
        var (_, linear, _, _) = SafetyClassifier.TrainBoth(items);

        Assert.NotNull(linear);
        Assert.Equal(linear.Predict(string.Empty), linear.Predict("！！！"));
    }

    [Fact]
    public void SaveAndLoad_GramsOfOneToThreeCodeUnits_KeptInSlotOrderWithTheSameScores()
    {
        // Markers, a surrogate pair, Latin and Han n-grams of every length: each slot is kept as a packed number.
        string[] grams = ["\u0002", "\u0002饭", "饭", "饭吃", "吃完了", "\uD83D\uDE00", "\uD83D", "ab", "b\u0003", "\u0003", "了"];
        var weights = new[]
        {
            grams.Select((_, i) => 0.1f * i).ToArray(),
            grams.Select((_, i) => -0.05f * i).ToArray(),
            grams.Select((_, i) => i % 2 == 0 ? 0.3f : -0.2f).ToArray(),
        };
        var model = new LinearSafetyModel(grams, weights, [0.1f, -0.2f, 0.05f], 1, 2, 7);
        var path = Path.Combine(_folder, "model.weights");

        Assert.True(model.TrySave(path));
        var loaded = LinearSafetyModel.TryLoad(path, 7);

        Assert.NotNull(loaded);
        Assert.Equal(grams, loaded.Grams);
        Assert.Equal(grams, model.Grams);
        foreach (var text in new[] { "饭吃完了", "AB😀", "ab", "今天天气不错", string.Empty })
        {
            Assert.Equal(model.Scores(text), loaded.Scores(text));
        }

        Assert.NotEqual(model.Scores("饭吃完了"), model.Scores("今天天气不错"));
        Assert.Null(LinearSafetyModel.TryLoad(path, 8));
    }

    private static readonly string[] Probes = ["药我已经吃下去了", "拆迁补偿应该找哪个部门", "刀磨好了明天去找他"];

    private static IReadOnlyList<(string Text, SafetyLabel Label)> SmallCorpus() =>
        [.. SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train"))
            .GroupBy(i => i.Label)
            .SelectMany(g => g.Take(120))
            .Select(i => (i.Text, i.Label))];
}
