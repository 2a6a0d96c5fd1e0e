namespace XinfangBot.Core.Insights;

/// <summary>A citizen's question (masked) the bot could not answer well, why, and when.</summary>
public sealed record GapQuestion(long MessageId, string ConversationId, string Text, string Reason, DateTime AtUtc, string? TopicId);

/// <summary>Why a question is in the gap queue.</summary>
internal static class GapReason
{
    /// <summary>The citizen marked the answer 没用.</summary>
    public const string NotUseful = "not-useful";

    /// <summary>The conversation ended unresolved (escalation <c>unresolved</c>).</summary>
    public const string Unresolved = "unresolved";

    /// <summary>Called out of scope although it uses words of the bot's domain.</summary>
    public const string OutOfScopeInDomain = "out-of-scope-in-domain";

    /// <summary>No topic was found; the bot asked the citizen to say more.</summary>
    public const string Clarify = "clarify";

    /// <summary>Answered, with low confidence in the topic.</summary>
    public const string LowConfidence = "low-confidence";
}

/// <summary>Similar gap questions together: the newest as representative, how many, why, and up to ten distinct wordings.</summary>
public sealed record GapGroup(long Key, string Representative, int Count, IReadOnlyDictionary<string, int> Reasons, DateTime LastSeenUtc, IReadOnlyList<string> Questions, IReadOnlyList<long> MessageIds);

/// <summary>A draft FAQ the cases work made from a resolved case (masked question and staff answer), waiting for a curator.</summary>
public sealed record CaseDraftItem(long CaseId, string Title, string Question, string Answer, DateTime CreatedUtc);
