using System.Globalization;
using System.Text;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;
using Xunit.Abstractions;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// Five-fold cross-validation of the safety triage on its TRAINING corpus (never the blind set): each fold is assessed by
/// the lexicon and a model trained on the other four folds, so a change to the model or the decision is measured on
/// messages the model has not seen (the lexicon was written with the training part in view, so its share is optimistic).
/// Prints recall by category and the false alarms.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SafetyCrossValidationTests(ITestOutputHelper output)
{
    private const int Folds = 5;

    [Fact]
    public void CrossValidation_SentenceReading_FindsMoreWithoutMoreFalseAlarms()
    {
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var shipped = rules.Safety.Decision;
        Assert.True(shipped.SentenceAlarm > 0, "sentence reading is off in lexicon.yaml");
        var whole = Run(rules, Copy(shipped, sentenceAlarm: 0));
        var sentences = Run(rules, shipped);
        output.WriteLine("whole message only: " + whole);
        output.WriteLine("with sentences:     " + sentences);
        output.WriteLine(sentences.Table());

        Assert.True(sentences.Recall(SafetyLabel.Crisis) >= whole.Recall(SafetyLabel.Crisis), "crisis recall fell");
        Assert.True(sentences.Recall(SafetyLabel.Threat) >= whole.Recall(SafetyLabel.Threat), "threat recall fell");
        Assert.True(sentences.FalseAlarms <= whole.FalseAlarms + 2, $"false alarms {sentences.FalseAlarms} > {whole.FalseAlarms} + 2");
        Assert.True(sentences.Recall(SafetyLabel.Crisis) >= 0.85, $"cross-validated crisis recall {sentences.Recall(SafetyLabel.Crisis):F3}");
        Assert.True((double)sentences.FalseAlarms / sentences.Negatives <= 0.035, $"cross-validated false alarms {sentences.FalseAlarms}/{sentences.Negatives}");
    }

    /// <summary>The reading of a message without its lawful clauses (上访了五年 told as background), for the writer's own
    /// crisis: measured the same way against the shipped decision with that reading off.</summary>
    [Fact]
    public void CrossValidation_LawfulRestReading_FindsMoreWithoutManyMoreFalseAlarms()
    {
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var shipped = rules.Safety.Decision;
        Assert.True(shipped.LawfulRestAlarm > 0, "the lawful-rest reading is off in lexicon.yaml");
        var without = Run(rules, Copy(shipped, shipped.SentenceAlarm, lawfulRestAlarm: 0));
        var with = Run(rules, shipped);
        output.WriteLine("without the lawful-rest reading: " + without);
        output.WriteLine("with it:                         " + with);

        Assert.True(with.Recall(SafetyLabel.Crisis) >= without.Recall(SafetyLabel.Crisis), "crisis recall fell");
        Assert.True(with.Recall(SafetyLabel.Threat) >= without.Recall(SafetyLabel.Threat), "threat recall fell");
        Assert.True(with.FalseAlarms <= without.FalseAlarms + 2, $"false alarms {with.FalseAlarms} > {without.FalseAlarms} + 2");
    }

    internal static CrossValidation Run(RuleBook rules, SafetyDecision decision)
    {
        var corpus = SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train"));
        var result = new CrossValidation();
        for (var fold = 0; fold < Folds; fold++)
        {
            var held = corpus.Where(i => FoldOf(i) == fold).ToList();
            var train = corpus.Where(i => FoldOf(i) != fold).ToList();
            var triage = SafetyTriage.Train(rules.Safety.Lexicon, decision, train, rules.Normalizer, rules.Safety.Requests);
            foreach (var item in held)
            {
                result.Add(item, triage.Assess(rules.Normalizer.Normalize(item.Text).Text).IsAlarm);
            }
        }

        return result;
    }

    private static SafetyDecision Copy(SafetyDecision d, double sentenceAlarm, double? lawfulRestAlarm = null) => new()
    {
        LexiconAlarm = d.LexiconAlarm,
        LexiconUncertain = d.LexiconUncertain,
        ModelAlarm = d.ModelAlarm,
        ModelAlone = d.ModelAlone,
        ModelUncertain = d.ModelUncertain,
        ModelMinLength = d.ModelMinLength,
        SentenceAlarm = sentenceAlarm,
        SentenceFrom = d.SentenceFrom,
        LawfulRestAlarm = lawfulRestAlarm ?? d.LawfulRestAlarm,
    };

    /// <summary>The fold of an item by a stable hash of its id (FNV-1a: the same on every machine and run).</summary>
    private static int FoldOf(SafetyItem item)
    {
        var hash = 2166136261u;
        foreach (var c in item.Id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Folds);
    }

    internal sealed class CrossValidation
    {
        private readonly Dictionary<(SafetyLabel Label, string Category), (int Alerted, int Total)> _cells = [];

        public int FalseAlarms => _cells.Where(c => c.Key.Label == SafetyLabel.None).Sum(c => c.Value.Alerted);

        public int Negatives => _cells.Where(c => c.Key.Label == SafetyLabel.None).Sum(c => c.Value.Total);

        public void Add(SafetyItem item, bool alerted)
        {
            var (a, t) = _cells.GetValueOrDefault((item.Label, item.Category));
            _cells[(item.Label, item.Category)] = (a + (alerted ? 1 : 0), t + 1);
        }

        public double Recall(SafetyLabel label, string? category = null)
        {
            var cells = _cells.Where(c => c.Key.Label == label && (category is null || c.Key.Category == category)).ToList();
            return (double)cells.Sum(c => c.Value.Alerted) / Math.Max(1, cells.Sum(c => c.Value.Total));
        }

        public string Table()
        {
            var sb = new StringBuilder();
            foreach (var ((label, category), (a, t)) in _cells.OrderBy(c => c.Key.Label).ThenBy(c => c.Key.Category, StringComparer.Ordinal))
            {
                sb.Append(CultureInfo.InvariantCulture, $"{label,-7} {category,-36} alerted {a,4}/{t,-4}\n");
            }

            return sb.ToString();
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"crisis recall {Recall(SafetyLabel.Crisis):F3} (embedded {Recall(SafetyLabel.Crisis, "embedded-long"):F3}), threat recall {Recall(SafetyLabel.Threat):F3} (embedded {Recall(SafetyLabel.Threat, "embedded-long"):F3}), false alarms {FalseAlarms}/{Negatives}");
    }
}
