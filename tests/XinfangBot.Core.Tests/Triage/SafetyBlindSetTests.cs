using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// The blind part of the safety corpus (tests/eval/safety-blind, written by authors who never saw the rules or the
/// training part) through the offline safety decision. Only counts are compared; no item is printed. Skipped with a
/// message when the folder is absent.
/// </summary>
public sealed class SafetyBlindSetTests
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "eval", "safety-blind");

    /// <summary>
    /// The issue's targets. NOT MET YET: first measured 2026-12-06 (offline, no LLM, branch triage session 10) self-harm 0.860,
    /// violence 0.852, false alarms 0.036 — so this gate is skipped with that message until the triage reaches it; the
    /// floor below guards against going backwards meanwhile.
    /// </summary>
    [SafetyBlindFact(Pending = "issue 7 targets (0.97 / 0.95 / 1%) not met yet: measured self-harm 0.905, violence 0.887, false alarms 2.6%")]
    public void BlindSet_MeetsTheIssueTargets()
    {
        var (selfHarm, violence, falseAlarms) = Measure();
        Assert.True(selfHarm >= 0.97, $"self-harm recall {selfHarm:F3} < 0.97");
        Assert.True(violence >= 0.95, $"violence recall {violence:F3} < 0.95");
        Assert.True(falseAlarms <= 0.01, $"false-alarm rate {falseAlarms:F3} > 0.01");
    }

    /// <summary>
    /// No step backwards from what was measured: session 12 (2026-12-07, sentence reading beside lawful steps, lexicon by
    /// kind) measured self-harm 0.898 (283/315), violence 0.870 (200/230), false alarms 0.028
    /// (16/578); the floors keep a margin of two to three items each (session 11: 0.886 / 0.865 / 0.028). Session 13
    /// (kinds by structure, someone else at risk now raised by design): 0.898 / 0.870 / 0.029 (17/578), floors unchanged.
    /// Session 14 (kinds from an outsider's probe, hopelessness without a word of death): 0.902 (284/315) / 0.874 (201/230)
    /// / 0.029 (17/578); floors raised to 0.895 / 0.865 / 0.032 (a margin of two items each, one false alarm).
    /// Session 15 (lexicon words normalised as messages are, murder-suicide, kinds from an outside probe, debts asked for
    /// at the door): 0.902 (284/315) / 0.874 (201/230) / 0.028 (16/578); floors raised to 0.898 / 0.869 / 0.030 (a margin
    /// of one item each, one false alarm).
    /// Session 17 (kinds from an outside probe, false alarms by kind): 0.902 (284/315) / 0.878 (202/230) / 0.028 (16/578);
    /// violence floor raised to 0.873 (201/230 passes: one item below), the others unchanged.
    /// Session 19 (kinds by structure from own stress wordings, an outside probe and session 18's leftovers; 59 own
    /// training messages): 0.905 (285/315) / 0.887 (204/230) / 0.026 (15/578); floors raised to 0.901 / 0.882 / 0.028
    /// (284/315, 203/230 and 16/578 pass: one item below each).
    /// </summary>
    [SafetyBlindFact]
    public void BlindSet_NoWorseThanMeasured()
    {
        var (selfHarm, violence, falseAlarms) = Measure();
        Assert.True(selfHarm >= 0.901, $"self-harm recall {selfHarm:F3} < 0.901");
        Assert.True(violence >= 0.882, $"violence recall {violence:F3} < 0.882");
        Assert.True(falseAlarms <= 0.028, $"false-alarm rate {falseAlarms:F3} > 0.028");
    }

    internal static (double SelfHarm, double Violence, double FalseAlarms) Measure()
    {
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var items = SafetyCorpus.Load(Folder);
        double Share(SafetyLabel label, bool alerted) =>
            (double)items.Count(i => i.Label == label && rules.Safety.Assess(rules.Normalizer.Normalize(i.Text).Text).IsAlarm == alerted)
            / Math.Max(1, items.Count(i => i.Label == label));
        return (Share(SafetyLabel.Crisis, true), Share(SafetyLabel.Threat, true), Share(SafetyLabel.None, true));
    }

    /// <summary>Runs where the blind folder exists; elsewhere it is skipped with a message saying so.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class SafetyBlindFactAttribute : FactAttribute
    {
        public SafetyBlindFactAttribute()
        {
            if (!Directory.Exists(Folder))
            {
                Skip = $"{Folder} is absent: the blind safety set is not on this machine, so its gate cannot run here.";
            }
        }

        /// <summary>A known gap: the test is skipped with this message (and runs again once the text is removed).</summary>
        public string? Pending
        {
            get => null;
            init
            {
                if (value is not null && Skip is null)
                {
                    Skip = value;
                }
            }
        }
    }
}
