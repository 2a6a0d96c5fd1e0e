namespace XinfangBot.Evaluation;

/// <summary>
/// How one item fared, without its wording: its labels (category, shape), whether the citation and channel were met
/// (null when the item does not ask), the expected and the answered first channel, and whether everything was met.
/// </summary>
internal sealed record EvalOutcome(string Category, string Shape, bool? CitationMet, bool? ChannelMet, string? ExpectedChannel, string AnsweredChannel, bool AllMet)
{
    /// <summary>Whether one of the labelled citations exists in the knowledge base at all (null when none is labelled).</summary>
    public bool? CitationKnown { get; init; }

    /// <summary>Whether one of the labelled citations is among all the answer's citations, not only the first three.</summary>
    public bool? CitationAnywhere { get; init; }

    /// <summary>Whether the reply states every labelled fact (a computed date…; null when none is labelled).</summary>
    public bool? FactsMet { get; init; }
}
