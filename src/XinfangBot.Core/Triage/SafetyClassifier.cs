using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace XinfangBot.Core.Triage;

/// <summary>
/// The trained second opinion: character 1–3-grams of the normalized message and a linear model (ML.NET SDCA maximum
/// entropy over none / crisis / threat), trained from the safety corpus when the program starts. Deterministic: fixed
/// seed, one training thread, the corpus in file order. Thread-safe: prediction engines are pooled.
/// </summary>
public sealed class SafetyClassifier
{
    private static readonly ConcurrentDictionary<string, Lazy<SafetyClassifier>> Trained = new(StringComparer.Ordinal);

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<Row, Output>> _engines = [];

    private readonly int _crisisSlot;
    private readonly int _threatSlot;

    private SafetyClassifier(MLContext ml, ITransformer model, int items, int crisisSlot, int threatSlot)
    {
        _ml = ml;
        _model = model;
        Items = items;
        _crisisSlot = crisisSlot;
        _threatSlot = threatSlot;
    }

    /// <summary>How many labelled messages the model was trained on.</summary>
    public int Items { get; }

    /// <summary>
    /// Trains on already-normalized texts. The same corpus (by content) is trained once per process and shared, so test
    /// fixtures and verbs that build several rule books pay for training once.
    /// </summary>
    public static SafetyClassifier Train(IReadOnlyList<(string Text, SafetyLabel Label)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var key = Fingerprint(items);
        return Trained.GetOrAdd(key, _ => new Lazy<SafetyClassifier>(() => Fit(items))).Value;
    }

    /// <summary>Probabilities of crisis and threat for a normalized message.</summary>
    public (double Crisis, double Threat) Predict(string normalized)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<Row, Output>(_model);
        }

        try
        {
            var score = engine.Predict(new Row { Text = normalized }).Score;
            return (score[_crisisSlot], score[_threatSlot]);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static SafetyClassifier Fit(IReadOnlyList<(string Text, SafetyLabel Label)> items)
    {
        var ml = new MLContext(seed: 1);
        var rows = items.Select(i => new Row { Text = i.Text, Label = i.Label.ToString() }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurize = new TextFeaturizingEstimator.Options
        {
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
            WordFeatureExtractor = null,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Key",
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 30,
            L2Regularization = 1e-4f,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Key", nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurize, nameof(Row.Text)))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
        var model = pipeline.Fit(data);

        // The score vector is ordered by the label keys; read which slot holds which label from the key values.
        VBuffer<ReadOnlyMemory<char>> names = default;
        model.GetOutputSchema(data.Schema)["Key"].GetKeyValues(ref names);
        var slots = names.DenseValues().Select(n => n.ToString()).ToList();
        return new SafetyClassifier(ml, model, rows.Count, slots.IndexOf(nameof(SafetyLabel.Crisis)), slots.IndexOf(nameof(SafetyLabel.Threat)));
    }

    private static string Fingerprint(IReadOnlyList<(string Text, SafetyLabel Label)> items)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (text, label) in items)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{(int)label}\u0001{text}\u0002"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    private sealed class Output
    {
        public float[] Score { get; set; } = [];
    }
}
