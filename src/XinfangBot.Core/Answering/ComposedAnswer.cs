namespace XinfangBot.Core.Answering;

/// <summary>The parts of a topic answer before validation: sections, citations (most relevant first), channels, follow-ups.</summary>
public sealed record ComposedAnswer(
    List<AnswerSection> Sections,
    List<string> Citations,
    List<string> Channels,
    IReadOnlyList<string> Followups);
