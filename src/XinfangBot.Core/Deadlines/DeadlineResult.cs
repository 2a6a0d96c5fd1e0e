namespace XinfangBot.Core.Deadlines;

/// <summary>A computed deadline: the rule, the event date it counts from, its last day and whether today is past it.</summary>
public sealed record DeadlineResult(DeadlineRule Rule, DateMention Event, DateOnly LastDay, DateOnly? ExtendedLastDay, DateOnly Today)
{
    public bool Passed => Today > LastDay;

    public int DaysLeft => LastDay.DayNumber - Today.DayNumber;
}
