using System.Text.RegularExpressions;

namespace XinfangBot.Core.Normalization;

/// <summary>Finds stated periods (30日, 六十日, 6个月, 一年, 5个工作日) in text, as (number, unit) pairs; dates are skipped.</summary>
public static partial class PeriodFinder
{
    [GeneratedRegex(@"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}年|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]")]
    private static partial Regex Dates();

    [GeneratedRegex(@"(?<n>\d{1,4}|[一二两三四五六七八九十百]{1,4})(?<u>个工作日|工作日|日|天|个月|月|年|周)")]
    private static partial Regex Periods();

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
                "个工作日" or "工作日" => "工作日",
                "日" or "天" => "日",
                "个月" or "月" => "月",
                var u => u,
            };
            // "十二月" and similar month names are dates, not periods: a bare 月 needs 个 unless the number is a count.
            if (unit == "月" && !m.Value.Contains('个', StringComparison.Ordinal))
            {
                continue;
            }

            set.Add((n, unit));
        }

        return set;
    }
}
