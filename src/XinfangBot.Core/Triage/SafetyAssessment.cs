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

    /// <summary>
    /// A threat that is also the writer's own crisis (a murder-suicide: 先弄死他再喝药, 跟他同归于尽): the lexicon alarmed for
    /// both kinds. The kind is threat (others' lives are at risk); the reply serves both (threat_crisis).
    /// </summary>
    public bool AlsoCrisis { get; init; }

    /// <summary>
    /// A crisis of someone else the writer tells of (lexicon rules named other-…, e.g. other-at-risk): every rule that fired
    /// is one of those, so the help is given for that person. A crisis of the writer's own keeps the writer's reply.
    /// </summary>
    public bool AboutSomeoneElse => Kind == SafetyLabel.Crisis && RaisedBy == SafetyLabel.None && Lexicon.Fired.Count > 0
        && Lexicon.Fired.All(f => f.StartsWith(OtherRulePrefix, StringComparison.Ordinal));

    /// <summary>The name prefix of lexicon rules about someone else at risk.</summary>
    public const string OtherRulePrefix = "other-";
}
