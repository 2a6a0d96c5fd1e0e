namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A date found in a message. <see cref="IsToday"/> marks the date the citizen gives as today; <see cref="DayKnown"/>
/// is false for month-only dates (去年9月), whose <see cref="Date"/> is the month's first day.
/// </summary>
public sealed record DateMention(DateOnly Date, int Index, int Length, bool IsToday, bool DayKnown = true)
{
    public DateOnly LastPossibleDay => DayKnown ? Date : new DateOnly(Date.Year, Date.Month, DateTime.DaysInMonth(Date.Year, Date.Month));
}
