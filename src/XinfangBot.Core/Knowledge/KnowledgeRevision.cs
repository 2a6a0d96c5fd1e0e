namespace XinfangBot.Core.Knowledge;

/// <summary>One change of an entry: what it was before (<see cref="PreviousText"/>, <see cref="PreviousStatus"/>), when and by whom.</summary>
public sealed record KnowledgeRevision(
    string EntryId,
    int Number,
    string Change,
    string? PreviousText,
    string? PreviousStatus,
    string? NewStatus,
    DateTime ChangedUtc,
    string Author);
