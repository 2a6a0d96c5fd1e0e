namespace XinfangBot.Core.Escalations;

/// <summary>A case for admins: kind (CONTRACTS §3), priority, status open → claimed → resolved, assignee and notes.</summary>
public sealed class Escalation
{
    public long Id { get; set; }
    public string ConversationId { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public int Priority { get; set; }
    public string Status { get; set; } = EscalationStatus.Open;
    public string? Assignee { get; set; }
    public List<string> Notes { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime? ResolvedUtc { get; set; }

    /// <summary>Crisis first, then threats, then requests for a person, then unresolved chats.</summary>
    public static int PriorityOf(string kind) => kind switch
    {
        "crisis" => 1,
        "threat" => 2,
        "human-request" => 3,
        _ => 4,
    };
}

/// <summary>Escalation statuses.</summary>
public static class EscalationStatus
{
    public const string Open = "open";
    public const string Claimed = "claimed";
    public const string Resolved = "resolved";
}
