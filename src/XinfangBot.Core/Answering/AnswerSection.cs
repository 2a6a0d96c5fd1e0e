namespace XinfangBot.Core.Answering;

/// <summary>
/// One part of an answer: a kind, an optional heading and its lines (steps are numbered when rendered).
/// <see cref="Computed"/> marks lines the engine computed from dates (e.g. 还剩12天), which state no legal period.
/// </summary>
public sealed record AnswerSection(SectionKind Kind, string? Heading, IReadOnlyList<string> Lines, bool Computed = false);
