namespace XinfangBot.Core.Text;

/// <summary>
/// Language mechanics: a date as Chinese writes it, M月D日, with the year when it is not the current one (CONTRACTS §5
/// fixes this form; the LLM output check reads dates in the same form).
/// </summary>
internal static class ChineseDates
{
    /// <summary>M月D日 (or M月 when the day is not known), prefixed by the year when it is not <paramref name="today"/>'s.</summary>
    public static string Text(DateOnly date, DateOnly today, bool dayKnown = true)
    {
        var text = dayKnown ? $"{date.Month}月{date.Day}日" : $"{date.Month}月";
        return date.Year == today.Year ? text : $"{date.Year}年{text}";
    }

    /// <summary>A named time (10月中旬, 秋天) in <paramref name="date"/>'s year, prefixed by the year when it is not <paramref name="today"/>'s.</summary>
    public static string Named(string name, DateOnly date, DateOnly today) => date.Year == today.Year ? name : $"{date.Year}年{name}";
}
