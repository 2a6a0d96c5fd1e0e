namespace XinfangBot.Core.Triage;

/// <summary>The highest-priority kind that reached the threshold, and the score of every kind that scored.</summary>
public sealed record TriageResult(TriageKind Kind, IReadOnlyDictionary<TriageKind, double> Scores)
{
    public static TriageResult Nothing { get; } = new(TriageKind.None, new Dictionary<TriageKind, double>());

    public double ScoreOf(TriageKind kind) => Scores.GetValueOrDefault(kind);
}
