namespace XinfangBot.Core.Text;

/// <summary>
/// Language mechanics: a date as Chinese writes it, M月D日, with the year when it is not the current one (CONTRACTS §5
/// fixes this form; the LLM output check reads dates in the same form) — and also when it is this year's but far from
/// today: read in December, "1月14日" is taken for next January.
/// </summary>
internal static class ChineseDates
{
    /// <summary>How far from today a date of today's year may be and still be written without its year.</summary>
    private const int NearDays = 150;

    /// <summary>M月D日 (or M月 when the day is not known), prefixed by the year when it is not <paramref name="today"/>'s
    /// or more than <see cref="NearDays"/> days away.</summary>
    public static string Text(DateOnly date, DateOnly today, bool dayKnown = true)
    {
        var text = dayKnown ? $"{date.Month}月{date.Day}日" : $"{date.Month}月";
        return Near(date, today) ? text : $"{date.Year}年{text}";
    }

    /// <summary>Y年M月D日 whatever the year: a date set beside another of a different reading (the count before an interruption).</summary>
    public static string WithYear(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>A named time (10月中旬, 秋天) in <paramref name="date"/>'s year, prefixed by the year as <see cref="Text"/> does.</summary>
    public static string Named(string name, DateOnly date, DateOnly today) => Near(date, today) ? name : $"{date.Year}年{name}";

    private static bool Near(DateOnly date, DateOnly today) => date.Year == today.Year && Math.Abs(date.DayNumber - today.DayNumber) <= NearDays;
}
