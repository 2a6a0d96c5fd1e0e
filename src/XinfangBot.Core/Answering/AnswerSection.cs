namespace XinfangBot.Core.Answering;

/// <summary>One part of an answer: a kind, an optional heading and its lines (steps are numbered when rendered).</summary>
public sealed record AnswerSection(SectionKind Kind, string? Heading, IReadOnlyList<string> Lines);
