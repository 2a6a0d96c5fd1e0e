namespace XinfangBot.Core.Triage;

/// <summary>
/// The lexicon's view of a message: summed rule weights per kind, the rules that fired, whether any danger cue occurs,
/// and whether the message states a lawful plan (petition, complaint, report, lawsuit, media).
/// </summary>
public sealed record LexiconScore(double Crisis, double Threat, IReadOnlyList<string> Fired, bool HasCue, bool LawfulPlan);
