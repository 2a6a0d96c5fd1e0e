namespace XinfangBot.Core.Triage;

/// <summary>
/// The lexicon's view of a message: summed rule weights per kind, the rules that fired, whether any danger cue occurs,
/// whether the message states a lawful plan (petition, complaint, report, lawsuit, media), and whether a rule matched
/// but every match was cancelled by a guard (someone else, news, an idiom, a victim, farming, fire prevention …).
/// </summary>
public sealed record LexiconScore(double Crisis, double Threat, IReadOnlyList<string> Fired, bool HasCue, bool LawfulPlan, bool Guarded)
{
    /// <summary>No rule fired, and a crisis rule was cancelled by a guard or the message is explained (news, idiom, victim).</summary>
    public bool GuardedCrisis { get; init; }

    /// <summary>No rule fired, and a threat rule was cancelled by a guard or the message is explained.</summary>
    public bool GuardedThreat { get; init; }
}
