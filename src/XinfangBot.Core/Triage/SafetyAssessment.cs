namespace XinfangBot.Core.Triage;

/// <summary>
/// What safety triage found in a message, in its conversation: the kind (crisis before threat when both alarm), the band,
/// the lexicon and model evidence, and whether an earlier turn of the conversation raised the risk.
/// </summary>
public sealed record SafetyAssessment(
    SafetyLabel Kind,
    SafetyBand Band,
    LexiconScore Lexicon,
    double ModelCrisis,
    double ModelThreat,
    SafetyLabel RaisedBy = SafetyLabel.None,
    string Reason = "")
{
    public static SafetyAssessment Clear { get; } = new(SafetyLabel.None, SafetyBand.Clear, new LexiconScore(0, 0, [], false, false, false), 0, 0);

    public bool IsAlarm => Band == SafetyBand.Alarm && Kind != SafetyLabel.None;
}
