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

/// <summary>A time gone by since an event, told instead of its date (已经半年多了): <see cref="Words"/> as written without the closing 了 (已经半年多),
/// <see cref="Latest"/> the latest day the event can have been on; <see cref="Almost"/> when the time is said to be nearly
/// reached (快一年了).</summary>
public sealed record ElapsedMention(string Words, DateOnly Latest, bool Almost);
