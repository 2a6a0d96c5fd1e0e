namespace XinfangBot.Core.Deadlines;

/// <summary>
/// What the deadline engine found in a message: the dates it computed (one per procedure asked about), the procedures
/// asked about whose start date is missing (said in words, the date asked for), and the questions that get no date.
/// </summary>
public sealed record DeadlinePlan(IReadOnlyList<DeadlineResult> Computed, IReadOnlyList<PendingDeadline> InWords, IReadOnlyList<NoDateRule> NoDate, DateOnly Today)
{
    public static DeadlinePlan None(DateOnly today) => new([], [], [], today);

    public bool IsEmpty => Computed.Count == 0 && InWords.Count == 0 && NoDate.Count == 0;

    /// <summary>Days the message gives that lie after today (a slip, or last year meant): never counted from; when nothing
    /// got a date, the answer says the day is ahead of today and asks.</summary>
    public IReadOnlyList<DateOnly> Ahead { get; init; } = [];
}

/// <summary>A procedure asked about without the date it counts from; <see cref="Sent"/>: the date given is when it was sent;
/// <see cref="Elapsed"/>: the time gone by the message tells instead of the date (已经半年多了), when it shows the period may
/// have run (<see cref="ElapsedOver"/>) or be near its end.</summary>
public sealed record PendingDeadline(DeadlineRule Rule, bool Sent)
{
    public string? Elapsed { get; init; }

    public bool ElapsedOver { get; init; }
}
