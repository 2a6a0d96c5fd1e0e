namespace XinfangBot.Core.Answering;

/// <summary>
/// What the engine returns for one message: the rendered plain text, its parts, the cited ids (most relevant first),
/// the channels (primary first), an escalation kind, the out-of-scope flag, follow-up questions and a confidence.
/// </summary>
public sealed record Answer
{
    public required string Text { get; init; }
    public IReadOnlyList<AnswerSection> Sections { get; init; } = [];
    public IReadOnlyList<string> Citations { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public EscalationKind? Escalation { get; init; }
    public bool OutOfScope { get; init; }
    public IReadOnlyList<string> Followups { get; init; } = [];
    public double Confidence { get; init; }

    /// <summary>The guide or FAQ the answer is built on, if any.</summary>
    public string? TopicId { get; init; }

    /// <summary>What kind of reply this is (answer, clarify, crisis, threat, human, scope, greeting, help, thanks …).</summary>
    public AnswerMode Mode { get; init; } = AnswerMode.Answer;

    /// <summary>How the topic was chosen (topic id, score, matched keywords), for staff diagnostics; never shown to citizens.</summary>
    public string? Explanation { get; init; }

    /// <summary>
    /// The engine could not place the message (it asks what the matter is, or found no grievance words): with an LLM
    /// configured, the understanding step may choose a catalogue topic for it. Not part of any output contract.
    /// </summary>
    public bool Unsure { get; init; }

    /// <summary>Problems validation found and removed; empty for a correct answer (tests assert this).</summary>
    public IReadOnlyList<string> ValidationIssues { get; init; } = [];
}
