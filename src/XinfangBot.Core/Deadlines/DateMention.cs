namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A date found in a message. <see cref="IsToday"/> marks the date the citizen gives as today; <see cref="DayKnown"/>
/// is false for month-only dates (去年9月), whose <see cref="Date"/> is the month's first day, and for a part of a
/// month (<see cref="Part"/>: 上旬, 中旬, 下旬, 月初), whose <see cref="Date"/> is the part's first day and
/// <see cref="Latest"/> its last.
/// </summary>
public sealed record DateMention(DateOnly Date, int Index, int Length, bool IsToday, bool DayKnown = true, DateOnly? Latest = null, string? Part = null)
{
    public DateOnly LastPossibleDay => Latest ?? (DayKnown ? Date : new DateOnly(Date.Year, Date.Month, DateTime.DaysInMonth(Date.Year, Date.Month)));
}
