using System.Globalization;
using System.Text;

namespace XinfangBot.Evaluation;

/// <summary>The CONTRACTS §5 metrics of one run, with the misses for reading.</summary>
internal sealed record EvalReport(
    int Items,
    Ratio CitationHit,
    Ratio LawSearchHit,
    Ratio ChannelHit,
    Ratio StatedFacts,
    Ratio EscalationPrecision,
    Ratio EscalationRecall,
    Ratio CrisisRecall,
    Ratio ThreatRecall,
    int FalseEscalations,
    Ratio OutOfScopeAccuracy,
    int FabricatedCitations,
    double MedianLatencyMs,
    double P99LatencyMs,
    IReadOnlyList<string> Misses)
{
    /// <summary>One line per item, without its text: for figures by category and shape and the channel confusion.</summary>
    public IReadOnlyList<EvalOutcome> Outcomes { get; init; } = [];

    public string Summary()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"items                  {Items}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"citation hit@3         {CitationHit}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  (raw law search @3    {LawSearchHit})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"channel hit@1          {ChannelHit}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"stated facts           {StatedFacts}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"escalation precision   {EscalationPrecision}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"escalation recall      {EscalationRecall}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  crisis recall        {CrisisRecall}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  threat recall        {ThreatRecall}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"false escalations      {FalseEscalations}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"out-of-scope accuracy  {OutOfScopeAccuracy}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"fabricated citations   {FabricatedCitations}");
        sb.Append(CultureInfo.InvariantCulture, $"latency ms             median {MedianLatencyMs:F2}, p99 {P99LatencyMs:F2}");
        var breakdown = EvalBreakdown.Render(Outcomes);
        if (breakdown.Length > 0)
        {
            sb.AppendLine().Append(breakdown);
        }

        return sb.ToString();
    }
}

/// <summary>A share met: <c>met/total</c>; an empty total counts as fully met.</summary>
internal readonly record struct Ratio(int Met, int Total)
{
    public double Value => Total == 0 ? 1.0 : (double)Met / Total;

    /// <summary>"0.850 (34/40)"; a share of nothing reads "-     (0/0)", not a perfect 1.000 (the gates still treat it as met).</summary>
    public override string ToString() =>
        Total == 0 ? "-     (0/0)" : string.Create(CultureInfo.InvariantCulture, $"{Value:F3} ({Met}/{Total})");
}
