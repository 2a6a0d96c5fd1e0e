using System.Collections.Concurrent;
using System.Reflection;
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
    private static string? s_modelCache;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly ConcurrentBag<PredictionEngine<Row, Output>> _engines = [];

    private readonly int _crisisSlot;
    private readonly int _threatSlot;

    private SafetyClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, int items, int crisisSlot, int threatSlot)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        Items = items;
        _crisisSlot = crisisSlot;
        _threatSlot = threatSlot;
    }

    /// <summary>How many labelled messages the model was trained on.</summary>
    public int Items { get; }

    /// <summary>Whether this model was read from the model cache instead of trained in this process.</summary>
    public bool FromCache { get; private init; }

    /// <summary>
    /// Keeps trained models in <paramref name="directory"/> (the database's folder when the program runs), named by the
    /// corpus fingerprint, so a later start loads the model instead of training it again (~2 s of CPU on 2 cores). A
    /// cache file that cannot be read is ignored and replaced; a changed corpus has another fingerprint, so a stale
    /// model is never used. Null turns the cache off (tests).
    /// </summary>
    public static void UseModelCache(string? directory) => s_modelCache = directory;

    /// <summary>
    /// Trains on already-normalized texts. The same corpus (by content) is trained once per process and shared, so test
    /// fixtures and verbs that build several rule books pay for training once.
    /// </summary>
    public static SafetyClassifier Train(IReadOnlyList<(string Text, SafetyLabel Label)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var key = Fingerprint(items);
        var cache = s_modelCache;
        return Trained.GetOrAdd(key, _ => new Lazy<SafetyClassifier>(() => LoadOrFit(items, key, cache))).Value;
    }

    /// <summary>Reads the model for this corpus from <paramref name="cacheDirectory"/>, or trains it and writes it there.</summary>
    internal static SafetyClassifier LoadOrFit(IReadOnlyList<(string Text, SafetyLabel Label)> items, string key, string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return Fit(items);
        }

        var path = Path.Combine(cacheDirectory, CacheFileName(key));
        if (TryLoad(path, items.Count) is { } cached)
        {
            return cached;
        }

        var trained = Fit(items);
        trained.TrySave(path);
        return trained;
    }

    /// <summary>
    /// The cache file name for a corpus fingerprint. The trainer is part of the name too: this assembly's build (its
    /// deterministic module id changes when the training code changes) and ML.NET's version, so a changed trainer or a
    /// new ML.NET retrains instead of loading a model trained another way.
    /// </summary>
    internal static string CacheFileName(string key) => $"xinfangbot.safety-model.{TrainerId.Value}.{key[..16].ToLowerInvariant()}.zip";

    private static readonly Lazy<string> TrainerId = new(() =>
    {
        var ml = typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var code = typeof(SafetyClassifier).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ml + "\u0001" + code)))[..12].ToLowerInvariant();
    });

    private static SafetyClassifier? TryLoad(string path, int items)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var ml = new MLContext(seed: 1);
            using var stream = File.OpenRead(path);
            var model = ml.Model.Load(stream, out var inputSchema);
            var (crisis, threat) = Slots(model, inputSchema);
            return crisis < 0 || threat < 0 ? null : new SafetyClassifier(ml, model, inputSchema, items, crisis, threat) { FromCache = true };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
        {
            // A damaged or foreign file: train again and overwrite it.
            return null;
        }
    }

    private void TrySave(string path)
    {
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                _ml.Model.Save(_model, _inputSchema, stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only folder costs the next start its training time, nothing else.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static (int Crisis, int Threat) Slots(ITransformer model, DataViewSchema inputSchema)
    {
        // The score vector is ordered by the label keys; read which slot holds which label from the key values.
        VBuffer<ReadOnlyMemory<char>> names = default;
        model.GetOutputSchema(inputSchema)["Key"].GetKeyValues(ref names);
        var slots = names.DenseValues().Select(n => n.ToString()).ToList();
        return (slots.IndexOf(nameof(SafetyLabel.Crisis)), slots.IndexOf(nameof(SafetyLabel.Threat)));
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

    private static SafetyClassifier Fit(IReadOnlyList<(string Text, SafetyLabel Label)> items) => Fit(items, ClassifierOptions.Shipped);

    /// <summary>Trains with explicit features and trainer settings (the shipped ones, or a variant measured against them).</summary>
    internal static SafetyClassifier Fit(IReadOnlyList<(string Text, SafetyLabel Label)> items, ClassifierOptions options)
    {
        var ml = new MLContext(seed: 1);
        var rows = items.Select(i => new Row { Text = i.Text, Label = i.Label.ToString() }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurize = new TextFeaturizingEstimator.Options
        {
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.NgramLength, UseAllLengths = true },
            WordFeatureExtractor = null,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = options.KeepPunctuation,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var prepare = ml.Transforms.Conversion.MapValueToKey("Key", nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurize, nameof(Row.Text)))
            .AppendCacheCheckpoint(ml);
        ITransformer model;
        if (options.Lbfgs)
        {
            var lbfgs = new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Key",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                L2Regularization = options.L2,
                L1Regularization = options.L1,
                OptimizationTolerance = 1e-6f,
            };
            model = prepare.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(lbfgs)).Fit(data);
        }
        else
        {
            var sdca = new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Key",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.Iterations,
                L2Regularization = options.L2,
                L1Regularization = options.L1 > 0 ? options.L1 : null,
            };
            model = prepare.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(sdca)).Fit(data);
        }

        var (crisis, threat) = Slots(model, data.Schema);
        return new SafetyClassifier(ml, model, data.Schema, rows.Count, crisis, threat);
    }

    internal static string Fingerprint(IReadOnlyList<(string Text, SafetyLabel Label)> items)
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

    /// <summary>
    /// Features and trainer of the model: character n-grams up to <see cref="NgramLength"/>, SDCA or L-BFGS maximum entropy.
    /// Measured (SafetyClassifierVariantsTests, session 11): L-BFGS with L2 0.1 is far more stable than the shipped SDCA
    /// (leaving 1 % of the corpus out flips 1 decision instead of 18) and finds more on the folds and on the safety blind
    /// set with fewer false alarms there, but raises false escalations on the understanding blind set (6 → 7 to 13), so
    /// SDCA stays shipped until that is solved (README, safety section).
    /// </summary>
    internal sealed record ClassifierOptions(int NgramLength = 3, float L2 = 1e-4f, float L1 = 0, int? Iterations = 30, bool Lbfgs = false, bool KeepPunctuation = false)
    {
        public static ClassifierOptions Shipped { get; } = new();
    }
}
