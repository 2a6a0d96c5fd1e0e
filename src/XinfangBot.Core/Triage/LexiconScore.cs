namespace XinfangBot.Core.Triage;

/// <summary>The lexicon's view of a message: summed rule weights per kind, the rules that fired, and whether any danger cue occurs.</summary>
public sealed record LexiconScore(double Crisis, double Threat, IReadOnlyList<string> Fired, bool HasCue);
