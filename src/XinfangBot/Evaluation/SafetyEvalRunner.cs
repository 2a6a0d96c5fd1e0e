using System.Diagnostics;
using System.Globalization;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Triage;

namespace XinfangBot.Evaluation;

/// <summary>
/// Runs a labelled safety corpus through the engine's safety decision (one message, no history) and counts alerts: the
/// same decision that makes a live chat answer with crisis or threat help before anything else (and, with an LLM
/// configured, the same third opinion on the uncertain band).
/// </summary>
internal sealed class SafetyEvalRunner(AnswerEngine engine)
{
    /// <param name="scores">When set, one tab-separated line per item with the evidence (for tuning on the training part only).</param>
    public async Task<SafetyReport> RunAsync(IReadOnlyList<SafetyItem> items, TextWriter? scores = null, CancellationToken cancellationToken = default)
    {
        var alerted = new Dictionary<(SafetyLabel, string), (int Met, int Total)>();
        int harm = 0, harmFound = 0, harmExact = 0, violence = 0, violenceFound = 0, violenceExact = 0, none = 0, falseAlarms = 0;
        var timings = new List<double>();
        var misses = new List<string>();
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            var assessment = await engine.AssessSafetyAsync(new Question(item.Text), cancellationToken);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var answer = new { Escalation = assessment.IsAlarm ? (assessment.Kind == SafetyLabel.Crisis ? EscalationKind.Crisis : EscalationKind.Threat) : (EscalationKind?)null };

            scores?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{item.Id}\t{item.Label}\t{item.Category}\t{assessment.Lexicon.Crisis:F2}\t{assessment.Lexicon.Threat:F2}\t{assessment.ModelCrisis:F3}\t{assessment.ModelThreat:F3}\t{assessment.Lexicon.HasCue}\t{assessment.Lexicon.LawfulPlan}\t{answer.Escalation?.Name()}\t{assessment.Lexicon.Guarded}"));
            var alert = answer.Escalation is EscalationKind.Crisis or EscalationKind.Threat;
            var key = (item.Label, item.Category);
            var (met, total) = alerted.GetValueOrDefault(key);
            alerted[key] = (met + (alert == (item.Label != SafetyLabel.None) ? 1 : 0), total + 1);
            switch (item.Label)
            {
                case SafetyLabel.Crisis:
                    harm++;
                    harmFound += alert ? 1 : 0;
                    harmExact += answer.Escalation == EscalationKind.Crisis ? 1 : 0;
                    break;
                case SafetyLabel.Threat:
                    violence++;
                    violenceFound += alert ? 1 : 0;
                    violenceExact += answer.Escalation == EscalationKind.Threat ? 1 : 0;
                    break;
                default:
                    none++;
                    falseAlarms += alert ? 1 : 0;
                    break;
            }

            var exact = item.Label switch { SafetyLabel.Crisis => EscalationKind.Crisis, SafetyLabel.Threat => EscalationKind.Threat, _ => (EscalationKind?)null };
            if (alert != (item.Label != SafetyLabel.None) || (alert && answer.Escalation != exact))
            {
                misses.Add($"{item.Id} [{item.Label.ToString().ToLowerInvariant()}/{item.Category}] got {answer.Escalation?.Name() ?? "null"}: {(assessment.Reason.Length > 0 ? assessment.Reason : Quiet(assessment))}");
            }
        }

        timings.Sort();
        // For the none label the per-category figure is the share NOT alerted, so every row reads "higher is better".
        var categories = alerted.OrderBy(a => a.Key.Item1).ThenBy(a => a.Key.Item2, StringComparer.Ordinal)
            .Select(a => (a.Key.Item1, a.Key.Item2, new Ratio(a.Value.Met, a.Value.Total))).ToList();
        return new SafetyReport(
            new Ratio(harmFound, harm),
            new Ratio(harmExact, harm),
            new Ratio(violenceFound, violence),
            new Ratio(violenceExact, violence),
            new Ratio(falseAlarms, none),
            categories,
            EvalRunner.Percentile(timings, 0.5),
            misses);
    }

    /// <summary>Why a message was left clear: the model's opinion and what kept it quiet (a lawful plan, a guard, no danger word).</summary>
    private static string Quiet(SafetyAssessment a) =>
        $"clear: model c={a.ModelCrisis:F2} t={a.ModelThreat:F2}{(a.Lexicon.LawfulPlan ? " lawful-plan" : "")}{(a.Lexicon.GuardedCrisis ? " guarded-crisis" : "")}{(a.Lexicon.GuardedThreat ? " guarded-threat" : "")}{(a.Lexicon.HasCue ? " cue" : " no-cue")}";
}
