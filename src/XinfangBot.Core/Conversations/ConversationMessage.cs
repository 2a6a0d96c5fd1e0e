using XinfangBot.Core.Answering;

namespace XinfangBot.Core.Conversations;

/// <summary>One recorded message (text already masked): what came in or went out, and for answers how they were built.</summary>
public sealed class ConversationMessage
{
    public long Id { get; set; }
    public string ConversationId { get; set; } = string.Empty;
    public MessageDirection Direction { get; set; } = MessageDirection.In;
    public MessageAuthor Author { get; set; } = MessageAuthor.User;
    public string Text { get; set; } = string.Empty;
    public long? UpdateId { get; set; }
    public DateTime AtUtc { get; set; }
    public List<string> Citations { get; set; } = [];
    public List<string> Channels { get; set; } = [];
    public EscalationKind? Escalation { get; set; }
    public string? TopicId { get; set; }
    public double LatencyMs { get; set; }

    /// <summary>For outgoing messages: the channel confirmed delivery (a re-delivered update resends an undelivered reply).</summary>
    public bool Delivered { get; set; }

    /// <summary>For outgoing answers: the follow-up questions offered with it.</summary>
    public List<string> Followups { get; set; } = [];

    /// <summary>For outgoing answers: the engine's reply mode (answer, clarify, scope …), confidence and out-of-scope flag
    /// (what the knowledge-gap queue and the statistics read).</summary>
    public AnswerMode? Mode { get; set; }

    public double Confidence { get; set; }

    public bool OutOfScope { get; set; }
}
