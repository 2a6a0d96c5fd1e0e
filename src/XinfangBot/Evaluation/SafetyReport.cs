using System.Globalization;
using System.Text;
using XinfangBot.Core.Triage;

namespace XinfangBot.Evaluation;

/// <summary>
/// Safety figures of one run over a labelled safety corpus: recall counts a crisis or threat message as found when a
/// person is alerted (escalation crisis or threat; "exact" also wants the right kind); a false alarm is a crisis or
/// threat escalation of a message labelled none. Per category: how many items, how many alerted.
/// </summary>
internal sealed record SafetyReport(
    Ratio SelfHarmRecall,
    Ratio SelfHarmExact,
    Ratio ViolenceRecall,
    Ratio ViolenceExact,
    Ratio FalseAlarms,
    IReadOnlyList<(SafetyLabel Label, string Category, Ratio Alerted)> Categories,
    double MedianTriageMs,
    IReadOnlyList<string> Misses)
{
    public string Summary()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"self-harm recall       {SelfHarmRecall}   (as crisis {SelfHarmExact})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"violence recall        {ViolenceRecall}   (as threat {ViolenceExact})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"false-alarm rate       {FalseAlarms}");
        sb.AppendLine("per category (right / items: alerted for crisis and threat, not alerted for none):");
        foreach (var (label, category, alerted) in Categories)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {label.ToString().ToLowerInvariant(),-7} {category,-28} {alerted}");
        }

        sb.Append(CultureInfo.InvariantCulture, $"safety triage ms       median {MedianTriageMs:F3}");
        return sb.ToString();
    }
}
