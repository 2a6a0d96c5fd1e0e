using System.Text.RegularExpressions;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Text;

/// <summary>
/// Language mechanics: periods written in Chinese (30日, 六十日, 6个月, 一年, 5个工作日) as (number, unit) pairs, dates
/// (3月5日, 2026年) skipped. The units are the ones the deadline rules and the answer validator compare.
/// </summary>
internal static partial class ChinesePeriods
{
    public const string Day = "日";
    public const string Month = "月";
    public const string Year = "年";
    public const string WorkingDay = "工作日";

    [GeneratedRegex(@"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}年|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]")]
    private static partial Regex Dates();

    [GeneratedRegex(@"(?<n>\d{1,4}|[一二两三四五六七八九十百]{1,4})(?<u>个工作日|工作日|日|天|个月|月|年|周)")]
    private static partial Regex Periods();

    /// <summary>The unit of a period: the unit of <paramref name="years"/> when above 0, else of months, else days.</summary>
    public static string UnitOf(int years, int months) => years > 0 ? Year : months > 0 ? Month : Day;

    public static IReadOnlySet<(int Number, string Unit)> Find(string text)
    {
        var set = new HashSet<(int, string)>();
        var clean = Dates().Replace(text, "·");
        foreach (Match m in Periods().Matches(clean))
        {
            if (!ChineseNumber.TryParse(m.Groups["n"].Value.Replace('两', '二'), out var n))
            {
                continue;
            }

            var unit = m.Groups["u"].Value switch
            {
                "个工作日" or "工作日" => WorkingDay,
                "日" or "天" => Day,
                "个月" or "月" => Month,
                var u => u,
            };
            // "十二月" and similar month names are dates, not periods: a bare 月 needs 个 unless the number is a count.
            if (unit == Month && !m.Value.Contains('个', StringComparison.Ordinal))
            {
                continue;
            }

            set.Add((n, unit));
        }

        return set;
    }
}
