namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A computed deadline: the rule, the event date it counts from, the last day before and after moving off a rest day,
/// and whether the calendar of every year it touches is on file. A period whose event is known only by its month counts
/// from the month's first day (the earliest, safest last day) and is passed only when even the month's last day would
/// have ended it.
/// </summary>
public sealed record DeadlineResult(DeadlineRule Rule, DateMention Event, DateOnly Start, DateOnly RawLastDay, DateOnly LastDay, DateOnly? ExtendedLastDay, DateOnly Today, bool CalendarKnown, DateOnly LatestLastDay)
{
    public bool Passed => Today > LatestLastDay && (HolidayLatest is not { } bound || Today > bound);

    /// <summary>The safe last day is behind today, but the event may have been late enough in its month for the period to
    /// run on, or (<see cref="HolidayLatest"/>) a holiday of a year without a calendar may have moved the last day on.</summary>
    public bool MaybePassed => !Passed && Today > LastDay;

    /// <summary>Set when a year the period touches has no calendar on file: the last day counted on weekends only may
    /// still move past an official holiday not held (at most the longest run of rest days of the years on file), so
    /// until this day the period is never announced as passed.</summary>
    public DateOnly? HolidayLatest { get; init; }

    /// <summary>Today is past the safe last day only because the holidays of a year without a calendar are not known.</summary>
    public bool MaybePassedByCalendar => MaybePassed && Today > LatestLastDay;

    public bool Moved => LastDay != RawLastDay && Rule.WorkingDays == 0;

    public int DaysLeft => LastDay.DayNumber - Today.DayNumber;

    /// <summary>Set when the start was counted on through a period the message states (判决生效之日起十日内): that period's
    /// words and the date it ran from; <see cref="Start"/> is then its last day.</summary>
    public (string Words, DateOnly From)? Stated { get; init; }

    /// <summary>Set when the period was counted again from a later interruption the message dates (<see cref="Event"/> is
    /// then that date): the result counted from the original event, said beside it.</summary>
    public DeadlineResult? Uninterrupted { get; init; }
}
