namespace XinfangBot.Core.Deadlines;

/// <summary>
/// What the deadline engine found in a message: the dates it computed (one per procedure asked about), the procedures
/// asked about whose start date is missing (said in words, the date asked for), and the questions that get no date.
/// </summary>
public sealed record DeadlinePlan(IReadOnlyList<DeadlineResult> Computed, IReadOnlyList<PendingDeadline> InWords, IReadOnlyList<NoDateRule> NoDate, DateOnly Today)
{
    public static DeadlinePlan None(DateOnly today) => new([], [], [], today);

    public bool IsEmpty => Computed.Count == 0 && InWords.Count == 0 && NoDate.Count == 0;
}

/// <summary>A procedure asked about without the date it counts from; <see cref="Sent"/>: the date given is when it was sent.</summary>
public sealed record PendingDeadline(DeadlineRule Rule, bool Sent);
