using System.Diagnostics;
using System.Globalization;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;
using Xunit.Abstractions;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// Variants of the safety classifier (n-gram range, regularisation, trainer) measured on the TRAINING corpus only:
/// five-fold cross-validation at the shipped thresholds and at thresholds calibrated on the folds (the most alarms with
/// no more false alarms than the shipped model), and stability (decisions on the corpus that change when 1 % of the
/// training messages is left out). Run on demand: XINFANGBOT_SAFETY_VARIANTS=1.
/// </summary>
[Trait("Category", "Bench")]
public sealed class SafetyClassifierVariantsTests(ITestOutputHelper output)
{
    private const int Folds = 5;

    /// <summary>The variants to run: all, or those whose names contain XINFANGBOT_SAFETY_VARIANT_NAMES's words (';'-separated), one at a time under load.</summary>
    public static TheoryData<string> Variants() =>
        new(VariantsByName.Keys.Where(k => Environment.GetEnvironmentVariable("XINFANGBOT_SAFETY_VARIANT_NAMES") is not { Length: > 0 } only
            || only.Split(';').Any(o => k.Equals(o, StringComparison.Ordinal))));

    private static readonly Dictionary<string, SafetyClassifier.ClassifierOptions> VariantsByName = new(StringComparer.Ordinal)
    {
        ["sdca n3 l2=1e-4 it30 (shipped to session 10)"] = new(),
        ["sdca n3 l2=1e-4 converged"] = new(Iterations: null),
        ["sdca n3 l2=1e-3 converged"] = new(L2: 1e-3f, Iterations: null),
        ["sdca n3 l2=1e-2 converged"] = new(L2: 1e-2f, Iterations: null),
        ["sdca n2 l2=1e-4 it30"] = new(NgramLength: 2),
        ["sdca n4 l2=1e-4 it30"] = new(NgramLength: 4),
        ["sdca n3 l2=1e-4 l1=1e-3 it30"] = new(L1: 1e-3f),
        ["lbfgs n3 l2=1"] = new(L2: 1f, Lbfgs: true),
        ["lbfgs n3 l2=0.3 (shipped)"] = new(L2: 0.3f, Lbfgs: true),
        ["lbfgs n3 l2=0.1"] = new(L2: 0.1f, Lbfgs: true),
        ["lbfgs n3 l2=0.1 l1=0.1"] = new(L2: 0.1f, L1: 0.1f, Lbfgs: true),
        ["lbfgs n3 l2=0.3 words"] = new(L2: 0.3f, Lbfgs: true, Words: true),
        ["lbfgs n3 l2=0.5 words"] = new(L2: 0.5f, Lbfgs: true, Words: true),
        ["lbfgs n4 l2=0.3"] = new(NgramLength: 4, L2: 0.3f, Lbfgs: true),
    };

    [SkippableVariant]
    [MemberData(nameof(Variants))]
    public void Variant_CrossValidated_Printed(string name)
    {
        var options = VariantsByName[name];
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var corpus = SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train"));
        var normalized = corpus.Select(i => rules.Normalizer.Normalize(i.Text).Text).ToList();
        var models = new SafetyClassifier[Folds];
        var took = Stopwatch.StartNew();
        for (var fold = 0; fold < Folds; fold++)
        {
            var f = fold;
            models[fold] = SafetyClassifier.Fit(corpus.Select((item, i) => (item, i)).Where(x => FoldOf(x.item) != f).Select(x => (normalized[x.i], x.item.Label)).ToList(), options);
        }

        var perFold = took.Elapsed.TotalSeconds / Folds;
        var shipped = rules.Safety.Decision;
        var atShipped = Measure(rules, corpus, normalized, models, shipped);
        Figures? best = null;
        string bestThresholds = string.Empty;
        foreach (var alarm in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            foreach (var alone in new[] { 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9 })
            {
                if (alone < alarm)
                {
                    continue;
                }

                var d = Copy(shipped, alarm, alone, Math.Min(alarm, shipped.ModelUncertain));
                var f = Measure(rules, corpus, normalized, models, d);
                if (f.FalseAlarms <= BaselineFalseAlarms && (best is null || f.Found > best.Found || (f.Found == best.Found && f.FalseAlarms < best.FalseAlarms)))
                {
                    best = f;
                    bestThresholds = string.Create(CultureInfo.InvariantCulture, $"model_alarm {alarm} model_alone {alone}");
                }
            }
        }

        // Stability: the whole corpus, and the corpus without every 100th message; decisions on every corpus message compared.
        var full = SafetyClassifier.Fit(corpus.Select((item, i) => (normalized[i], item.Label)).ToList(), options);
        var fewer = SafetyClassifier.Fit(corpus.Select((item, i) => (item, i)).Where(x => x.i % 100 != 0).Select(x => (normalized[x.i], x.item.Label)).ToList(), options);
        var a = SafetyTriage.With(rules.Safety.Lexicon, full, shipped, rules.Safety.Requests);
        var b = SafetyTriage.With(rules.Safety.Lexicon, fewer, shipped, rules.Safety.Requests);
        var flips = normalized.Count(t => a.Assess(t).IsAlarm != b.Assess(t).IsAlarm);
        var moved = normalized.Average(t => Math.Abs(full.Predict(t).Crisis - fewer.Predict(t).Crisis) + Math.Abs(full.Predict(t).Threat - fewer.Predict(t).Threat));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: fit {perFold:F1} s; shipped thresholds {atShipped}; calibrated ({bestThresholds}) {best}; stability: {flips} decisions flip, mean |Δp| {moved:F4} when 1% is left out"));
        Assert.True(atShipped.Total > 0);
    }

    /// <summary>The shipped model's cross-validated false alarms (session 17: 42 of 2,436); calibration may not exceed it.</summary>
    private const int BaselineFalseAlarms = 42;

    private static Figures Measure(RuleBook rules, IReadOnlyList<SafetyItem> corpus, List<string> normalized, SafetyClassifier[] models, SafetyDecision decision)
    {
        var triages = models.Select(m => SafetyTriage.With(rules.Safety.Lexicon, m, decision, rules.Safety.Requests)).ToArray();
        int crisis = 0, crisisFound = 0, threat = 0, threatFound = 0, falseAlarms = 0;
        for (var i = 0; i < corpus.Count; i++)
        {
            var alarm = triages[FoldOf(corpus[i])].Assess(normalized[i]).IsAlarm;
            switch (corpus[i].Label)
            {
                case SafetyLabel.Crisis:
                    crisis++;
                    crisisFound += alarm ? 1 : 0;
                    break;
                case SafetyLabel.Threat:
                    threat++;
                    threatFound += alarm ? 1 : 0;
                    break;
                default:
                    falseAlarms += alarm ? 1 : 0;
                    break;
            }
        }

        return new Figures(crisisFound, crisis, threatFound, threat, falseAlarms);
    }

    private static SafetyDecision Copy(SafetyDecision d, double alarm, double alone, double uncertain) => new()
    {
        LexiconAlarm = d.LexiconAlarm,
        LexiconUncertain = d.LexiconUncertain,
        ModelAlarm = alarm,
        ModelAlone = alone,
        ModelUncertain = uncertain,
        ModelMinLength = d.ModelMinLength,
        SentenceAlarm = d.SentenceAlarm,
        SentenceFrom = d.SentenceFrom,
    };

    private static int FoldOf(SafetyItem item)
    {
        var hash = 2166136261u;
        foreach (var c in item.Id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Folds);
    }

    private sealed record Figures(int CrisisFound, int Crisis, int ThreatFound, int Threat, int FalseAlarms)
    {
        public int Found => CrisisFound + ThreatFound;

        public int Total => Crisis + Threat;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"crisis {(double)CrisisFound / Crisis:F3} ({CrisisFound}/{Crisis}), threat {(double)ThreatFound / Threat:F3} ({ThreatFound}/{Threat}), false alarms {FalseAlarms}");
    }

    [AttributeUsage(AttributeTargets.Method)]
    private sealed class SkippableVariantAttribute : TheoryAttribute
    {
        public SkippableVariantAttribute()
        {
            if (Environment.GetEnvironmentVariable("XINFANGBOT_SAFETY_VARIANTS") != "1")
            {
                Skip = "classifier variants are measured on demand: set XINFANGBOT_SAFETY_VARIANTS=1";
            }
        }
    }
}
