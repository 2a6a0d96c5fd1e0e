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
    string Author)
{
    /// <summary>The entry's text after this change.</summary>
    public string? Text { get; init; }

    /// <summary>For guides and FAQs: the whole file (front matter and body) after this change; null for older revisions.</summary>
    public string? Raw { get; init; }

    /// <summary>What a diff compares: the whole file where it is known, else the entry's text.</summary>
    public string Content => Raw ?? Text ?? string.Empty;
}
