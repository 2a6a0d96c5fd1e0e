namespace XinfangBot.Core.Deadlines;

/// <summary>One year's official holidays (date → name) and 调休 working days, with the State Council notice they come from.</summary>
public sealed record CalendarYear(int Year, string Notice, IReadOnlyDictionary<DateOnly, string> Holidays, IReadOnlySet<DateOnly> Workdays);
