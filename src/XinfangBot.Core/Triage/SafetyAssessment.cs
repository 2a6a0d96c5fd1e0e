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
        && (Lexicon.Fired.All(f => f.StartsWith(OtherRulePrefix, StringComparison.Ordinal))
            || Lexicon.Fired.Any(f => f.StartsWith(OtherToldPrefix, StringComparison.Ordinal)));

    /// <summary>
    /// The name prefix of marker rules (weight 0) that find a relative's or a friend's wish to die told in the writer's
    /// words (我老婆这阵子总觉得活着没意思): the writer's own rules may fire on the same words, but the crisis is that person's.
    /// </summary>
    public const string OtherToldPrefix = "other-told-";

    /// <summary>The name prefix of lexicon rules about someone else at risk.</summary>
    public const string OtherRulePrefix = "other-";

    /// <summary>
    /// Someone else at risk who cannot get out of it alone — a child at a window's or a balcony's edge, an old or sick person
    /// shut out in the cold (rules named other-vulnerable-…): the reply says what to do for them (crisis_vulnerable).
    /// </summary>
    public bool AboutSomeoneVulnerable => AboutSomeoneElse && Lexicon.Fired.Any(f => f.StartsWith(VulnerableRulePrefix, StringComparison.Ordinal));

    /// <summary>The name prefix of lexicon rules about a child or a frail person at risk now.</summary>
    public const string VulnerableRulePrefix = "other-vulnerable-";
}
