namespace XinfangBot.Core.Knowledge;

/// <summary>
/// A staff edit of a guide or FAQ that citizens do not see yet: the whole file (front matter and body), who saved it
/// and when, and where it came from (<c>edit</c>, <c>restore #3</c>, <c>gap</c>, <c>case #12</c>).
/// </summary>
public sealed record KnowledgeDraft(string Id, string Raw, string Author, DateTime UpdatedUtc, string Origin);

/// <summary>A saved draft and what validation says about it now (a draft may be incomplete; publishing needs no errors).</summary>
public sealed record DraftResult(KnowledgeDraft Draft, IReadOnlyList<KnowledgeError> Errors);

/// <summary>The outcome of publishing a draft: published, or the errors (file:line) that stopped it.</summary>
public sealed record PublishResult(bool Published, IReadOnlyList<KnowledgeError> Errors);
