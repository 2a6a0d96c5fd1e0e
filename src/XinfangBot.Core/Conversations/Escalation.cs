using XinfangBot.Core.Answering;

namespace XinfangBot.Core.Conversations;

/// <summary>
/// A case for staff (CONTRACTS §7): kind (§3), priority, state open → claimed → resolved | released, assignee, times
/// and notes. It never holds the citizen's words; after /forget or the retention purge it keeps no chat id either.
/// </summary>
public sealed class Escalation
{
    public long Id { get; set; }

    /// <summary>The conversation (<c>channel:chat</c>); empty once the citizen deleted it or retention purged it.</summary>
    public string ConversationId
    {
        get => _conversationId;
        set => _conversationId = value ?? string.Empty; // LiteDB reads an empty string back as null
    }

    private string _conversationId = string.Empty;
    public EscalationKind Kind { get; set; }
    public int Priority { get; set; }
    public EscalationStatus Status { get; set; } = EscalationStatus.Open;
    public string? Assignee { get; set; }

    /// <summary>Legacy free-text notes (masked); new notes go to <see cref="StaffNotes"/>.</summary>
    public List<string> Notes { get; set; } = [];
    public List<CaseNote> StaffNotes { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime? ClaimedUtc { get; set; }
    public DateTime? FirstResponseUtc { get; set; }
    public DateTime? ResolvedUtc { get; set; }

    /// <summary>How many times staff were alerted (1 when opened; a new risk signal in the same chat adds one).</summary>
    public int Alerts { get; set; } = 1;

    /// <summary>When the case was last announced as overdue (null: never).</summary>
    public DateTime? OverdueAnnouncedUtc { get; set; }

    /// <summary>When the citizen was told that nobody is free yet (null: not yet).</summary>
    public DateTime? NobodyFreeSentUtc { get; set; }

    /// <summary>Why the conversation is gone: <c>citizen</c> (/forget) or <c>retention</c>; null while it exists.</summary>
    public DeletionReason? DeletedBy { get; set; }
    public DateTime? DeletedUtc { get; set; }

    [LiteDB.BsonIgnore]
    public bool IsActive => Status.IsActive();

    /// <summary>Crisis first, then threats, then requests for a person, then unresolved chats.</summary>
    public static int PriorityOf(EscalationKind kind) => kind switch
    {
        EscalationKind.Crisis => 1,
        EscalationKind.Threat => 2,
        EscalationKind.HumanRequest => 3,
        EscalationKind.Unresolved => 4,
    };
}
