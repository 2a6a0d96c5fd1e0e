namespace XinfangBot.Evaluation;

/// <summary>
/// How one item fared, without its wording: its labels (category, shape), whether the citation and channel were met
/// (null when the item does not ask), the expected and the answered first channel, and whether everything was met.
/// </summary>
internal sealed record EvalOutcome(string Category, string Shape, bool? CitationMet, bool? ChannelMet, string? ExpectedChannel, string AnsweredChannel, bool AllMet);
