using System.Globalization;
using System.Text.RegularExpressions;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Deadlines;

/// <summary>
/// Finds dates in a normalized message relative to today: 3月2日, 2026年3月2日, 2026-03-02, 11.20, 11/20, 三月二号, 上个月15号 (上上个月15号),
/// 去年9月, 两个月前, 两年半前, 三天前, 今天, 昨天, a bare 20号 (this month's, or last month's when still ahead), 上周五 (上上周五), a part of a
/// month (十月中旬, 上个月底, 3月初), a season (去年秋天). A date written right after 今天/现在 becomes the message's own "today".
/// </summary>
public static partial class DateExtractor
{
    private const string Num = "[0-9一二两三四五六七八九十]{1,3}";

    /// <summary>How far after a date written with its year a later day without one is still read in that year's narrative.</summary>
    private const int NarrativeDays = 92;

    [GeneratedRegex(@"(?<today>(今天|今日|现在|目前|如今|到今天|到现在)(是|都|已经|已|都已经)?(到了)?)?(?<yw>去年|今年|前年)?(?:(?<y>[0-9]{4})年)?(?<m>" + Num + @")月(?:份)?(?:(?<d>" + Num + @")(?:日|号))?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<y>20[0-9]{2})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<which>上上个月|上上月|上个月|上月|这个月|本月)(?<d>" + Num + @")(?:日|号)")]
    private static partial Regex RelativeMonthDay();

    // A part of a month: 月底/月末 is its last day; 月初/上旬, 中旬, 下旬 a range of days (counted from its first day).
    [GeneratedRegex(@"(?:(?<which>上上个月|上上月|上个月|上月|这个月|本月)月?|(?<yw>去年|今年|前年)?(?:(?<y>[0-9]{4})年)?(?<m>" + Num + @")月(?:份)?)(?<part>底|末|初|上旬|中旬|下旬|的?最后一天|的?最后一日|的?第一天)")]
    private static partial Regex MonthPart();

    // A day named by an official holiday of the calendar on file: 国庆节后(上班)第一天 / 收假第一天 (the first working day after
    // it), 国庆假期最后一天 (its last day), 国庆节当天 / 五一那天 (the fixed day of a solar holiday).
    [GeneratedRegex(@"(?:(?<yw>去年|今年|前年)|(?<y>20[0-9]{2})年)?(?<![0-9一二三四五六七八九十])(?:(?<h>元旦|春节|过年|清明|五一|劳动节|端午|中秋|国庆|十一)(?:节)?(?:长假|假期|放假)?(?:(?<after>后|过后|之后|以后|结束后|收假|完|过完)(?:的)?(?:上班|开工|收假)?(?:的)?(?:第一天|头一天|第一个工作日)|(?<end>的?最后一天)|(?<day>当天|那天|那一天)|(?<span>期间|那几天|那些天|那段时间|的时候))|(?<h>过完年|年后)(?:的)?(?:上班|开工)?(?:的)?(?:第一天|头一天|第一个工作日))")]
    private static partial Regex HolidayDay();

    [GeneratedRegex(@"(?<yw>去年|今年|前年)?(?:(?<y>[0-9]{4})年)?(?<s>春天|夏天|秋天|冬天|春季|夏季|秋季|冬季)")]
    private static partial Regex Season();

    [GeneratedRegex(@"(?<n>[0-9]{1,3}|[一二两三四五六七八九十半]{1,3})(?<half>个半)?(?:个)?(?<u>天|日|周|星期|礼拜|月|年)(?<half2>半)?(?:以|之)?前")]
    private static partial Regex Ago();

    // A time gone by since the event, told instead of its date (已经半年多了, 都七个多月了, 快一年了): it must end with 了.
    [GeneratedRegex(@"(?:已经|已|都|过去|过去了|有|(?<almost>快要|快|将近|差不多|眼看))(?:有)?(?<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3}|半)(?<half>个半)?(?:个)?(?<more>多)?(?<u>天|日|周|星期|礼拜|月|年)(?<more2>多)?(?<half2>半)?(?<more3>多)?了")]
    private static partial Regex Elapsed();

    // A day without its month, 20号 (not 3号楼, 1号线, 5号文, 号码; a day after a month is MonthDay's).
    [GeneratedRegex(@"(?<![0-9一二两三四五六七八九十月年第])(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})号(?![楼院房线室门床库文令码])")]
    private static partial Regex BareDay();

    [GeneratedRegex(@"(?<back>上上|上)(?:周|星期|礼拜|个星期|个礼拜)(?<d>[一二三四五六日天1-7])")]
    private static partial Regex LastWeek();

    [GeneratedRegex(@"大前天|今天|今日|昨天|昨日|前天")]
    private static partial Regex Named();

    // A month and day with a dot and no year (11.20, 12.1), not an amount or a measure (1.5万, 2.5亩, 3.5级).
    [GeneratedRegex(@"(?<![0-9A-Za-z.¥$￥])(?<m>1[0-2]|0?[1-9])\.(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9.%万元千百亿米倍斤吨个块角分亩级岁层年月天周小时折克升度寸尺栋户人次件台辆部公])")]
    private static partial Regex DottedMonthDay();

    // A month and day with a slash (11/20, 3/15号), not a fraction: 1/3 or 2/5 count only with 号 or 日 after them.
    [GeneratedRegex(@"(?<![0-9A-Za-z./¥$￥])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12][0-9]|0?[1-9])(?<day>号|日)?(?![0-9./%万元千百亿米倍斤吨个块角分亩级岁层年月天周小时折克升度寸尺栋户人次件台辆部公])")]
    private static partial Regex SlashedMonthDay();


    // What follows 今天 when it dates an event: (a time of day, 刚/才) then receiving, handing in or being acted on.
    [GeneratedRegex(@"^(?:上午|下午|早上|中午|晚上|一早)?(?:刚刚|刚|才|就)?(?:收到|签收|拿到|领到|送达|送到|寄到|当面|递交|提交|交到|交了|交给|被|作出|把)")]
    private static partial Regex TodayEvent();

    public static IReadOnlyList<DateMention> Extract(string text, DateOnly clockToday, WorkingCalendar? calendar = null)
    {
        var found = new List<DateMention>();
        var taken = new List<(int Start, int End)>();

        bool Free(int start, int length) => !taken.Any(t => start < t.End && start + length > t.Start);

        void Add(DateMention mention)
        {
            // A date of the lunar calendar (农历十月初五) is not the solar date its numbers name: never counted from.
            if (mention.Index >= 2 && text.AsSpan(mention.Index - 2, 2) is "农历" or "阴历" or "旧历" or "老历")
            {
                return;
            }

            if (Free(mention.Index, mention.Length))
            {
                found.Add(mention);
                taken.Add((mention.Index, mention.Index + mention.Length));
            }
        }

        // Each pattern is run once; its matches are read again below (MatchCollection keeps them).
        var monthDays = MonthDay().Matches(text);
        var isos = Iso().Matches(text);

        // A date stated as today re-anchors everything else ("今天4月5日").
        var today = clockToday;
        foreach (Match m in monthDays)
        {
            if (m.Groups["today"].Success && m.Groups["d"].Success && TryDate(m, clockToday, clockToday, out var stated))
            {
                today = stated;
                Add(new DateMention(stated, m.Index, m.Length, IsToday: true));
            }
        }

        foreach (Match m in isos)
        {
            if (TryBuild(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), out var date))
            {
                Add(new DateMention(date, m.Index, m.Length, date == today));
            }
        }

        foreach (Match m in DottedMonthDay().Matches(text))
        {
            if (TryDate(m, today, clockToday, out var date))
            {
                Add(new DateMention(date, m.Index, m.Length, false));
            }
        }

        foreach (Match m in SlashedMonthDay().Matches(text))
        {
            var fraction = m.Groups["m"].Length == 1 && m.Groups["d"].Length == 1 && !m.Groups["day"].Success;
            if (!fraction && TryDate(m, today, clockToday, out var date))
            {
                Add(new DateMention(date, m.Index, m.Length, false));
            }
        }

        foreach (Match m in RelativeMonthDay().Matches(text))
        {
            var month = today.AddMonths(-MonthsBack(m.Groups["which"].Value));
            if (TryBuild(month.Year, month.Month, Number(m.Groups["d"].Value), out var date))
            {
                Add(new DateMention(date, m.Index, m.Length, false));
            }
        }

        if (calendar is not null)
        {
            foreach (Match m in HolidayDay().Matches(text))
            {
                if (m.Groups["span"].Success)
                {
                    // 国庆放假那几天: any day of the holiday on file — a limit counts from its first day (the safe side), a duty from its last.
                    if (HolidaySpan(m, today, calendar) is { } span)
                    {
                        Add(span);
                    }
                }
                else if (HolidayDate(m, today, calendar) is { } date)
                {
                    Add(new DateMention(date, m.Index, m.Length, false));
                }
            }
        }

        foreach (Match m in MonthPart().Matches(text))
        {
            if (PartDates(m, today) is { } part)
            {
                Add(part with { Index = m.Index, Length = m.Length });
            }
        }

        foreach (Match m in Season().Matches(text))
        {
            if (SeasonDates(m, today) is { } season)
            {
                Add(season);
            }
        }

        // Dates written with their year (2024年3月1号, 2024-03-01): a later day without one, a few weeks on, is in that
        // narrative ("2024年3月1号被撞，3月8号查到了司机": 2024年3月8日, not this year's).
        var anchors = new List<(int Index, DateOnly Date)>();
        foreach (Match m in monthDays)
        {
            if ((m.Groups["y"].Success || m.Groups["yw"].Success) && m.Groups["d"].Success && TryDate(m, today, clockToday, out var dated))
            {
                anchors.Add((m.Index, dated));
            }
        }

        foreach (Match m in isos)
        {
            if (TryBuild(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), out var dated))
            {
                anchors.Add((m.Index, dated));
            }
        }

        // The dated event told last before a position, if any.
        DateOnly? AnchorBefore(int index) =>
            anchors.Where(a => a.Index < index).OrderByDescending(a => a.Index).Select(a => (DateOnly?)a.Date).FirstOrDefault();

        DateOnly? Narrated(DateOnly anchor, int month, int day)
        {
            foreach (var year in new[] { anchor.Year, anchor.Year + 1 })
            {
                if (TryBuild(year, month, day, out var candidate) && candidate >= anchor)
                {
                    return candidate.DayNumber - anchor.DayNumber <= NarrativeDays && candidate <= today ? candidate : null;
                }
            }

            return null;
        }

        foreach (Match m in monthDays)
        {
            if (!m.Groups["today"].Success || !m.Groups["d"].Success)
            {
                var start = m.Groups["today"].Success ? m.Groups["today"].Index + m.Groups["today"].Length : m.Index;
                var plain = !m.Groups["today"].Success && !m.Groups["y"].Success && !m.Groups["yw"].Success && m.Groups["d"].Success;
                if (plain && AnchorBefore(m.Index) is { } anchor && Narrated(anchor, Number(m.Groups["m"].Value), Number(m.Groups["d"].Value)) is { } narrated)
                {
                    Add(new DateMention(narrated, start, m.Index + m.Length - start, false));
                }
                else if (TryDate(m, today, clockToday, out var date))
                {
                    Add(new DateMention(date, start, m.Index + m.Length - start, false, m.Groups["d"].Success));
                }
            }
        }

        foreach (Match m in BareDay().Matches(text))
        {
            var day = Number(m.Groups["d"].Value);
            if (AnchorBefore(m.Index) is { } anchor && Narrated(anchor, day >= anchor.Day ? anchor.Month : anchor.AddMonths(1).Month, day) is { } narrated)
            {
                Add(new DateMention(narrated, m.Index, m.Length, false));
                continue;
            }

            var month = day <= today.Day ? today : today.AddMonths(-1);
            if (TryBuild(month.Year, month.Month, day, out var date))
            {
                Add(new DateMention(date, m.Index, m.Length, false));
            }
        }

        foreach (Match m in LastWeek().Matches(text))
        {
            var weekday = m.Groups["d"].Value switch { "日" or "天" or "7" => 7, var d => Number(d) };
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            // 上周五 is last week's Friday, 上上周五 the one before (not last week's: a later day would count a limit too long).
            var weeks = m.Groups["back"].Value.Length;
            Add(new DateMention(monday.AddDays(-7 * weeks + weekday - 1), m.Index, m.Length, false));
        }

        foreach (Match m in Ago().Matches(text))
        {
            var n = m.Groups["n"].Value == "半" ? 0 : Number(m.Groups["n"].Value);
            var half = m.Groups["n"].Value == "半" || m.Groups["half"].Success || (m.Groups["half2"].Success && m.Groups["u"].Value is "月" or "年");
            var date = m.Groups["u"].Value switch
            {
                "天" or "日" => today.AddDays(-n),
                "周" or "星期" or "礼拜" => today.AddDays(-7 * n),
                "月" => today.AddMonths(-n).AddDays(half ? -15 : 0),
                _ => today.AddYears(-n).AddMonths(half ? -6 : 0),
            };
            if (n > 0 || half)
            {
                Add(new DateMention(date, m.Index, m.Length, false));
            }
        }

        foreach (Match m in Named().Matches(text))
        {
            var date = m.Value switch { "昨天" or "昨日" => today.AddDays(-1), "前天" => today.AddDays(-2), "大前天" => today.AddDays(-3), _ => today };
            // "我今天刚收到决定书", "今天上午交到了县政府": today is the date of the event that follows, not only today.
            var eventToday = date == today && TodayEvent().IsMatch(text[(m.Index + m.Length)..]);
            Add(new DateMention(date, m.Index, m.Length, date == today && !eventToday));
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>The times gone by since an event that the message tells instead of its date (已经半年多了): the words, the
    /// latest day the event can have been on (today less the time told), and whether the time is said to be nearly
    /// reached (快一年了) rather than reached.</summary>
    public static IReadOnlyList<ElapsedMention> ElapsedSince(string text, DateOnly today)
    {
        var found = new List<ElapsedMention>();
        foreach (Match m in Elapsed().Matches(text))
        {
            var n = m.Groups["n"].Value == "半" ? 0 : Number(m.Groups["n"].Value);
            var half = m.Groups["n"].Value == "半" || m.Groups["half"].Success || (m.Groups["half2"].Success && m.Groups["u"].Value is "月" or "年");
            if (n < 0 || (n == 0 && !half))
            {
                continue;
            }

            var latest = m.Groups["u"].Value switch
            {
                "天" or "日" => today.AddDays(-n),
                "周" or "星期" or "礼拜" => today.AddDays(-7 * n),
                "月" => today.AddMonths(-n).AddDays(half ? -15 : 0),
                _ => today.AddYears(-n).AddMonths(half ? -6 : 0),
            };
            var almost = m.Groups["almost"].Success;
            if (almost)
            {
                // 快半年了: not yet half a year — the event may be up to a month later (a few days for days and weeks).
                latest = m.Groups["u"].Value switch { "月" or "年" => latest.AddMonths(1), "天" or "日" => latest.AddDays(1), _ => latest.AddDays(3) };
            }

            found.Add(new ElapsedMention(m.Value[..^1], latest, almost));
        }

        return found;
    }

    /// <summary>The days a part of a month names: 月底 its last day (known), 月初/上旬 1–10, 中旬 11–20, 下旬 21–end. A month
    /// without a year is this year's unless the part has not begun yet (then last year's).</summary>
    private static DateMention? PartDates(Match m, DateOnly today)
    {
        int year, month;
        if (m.Groups["which"].Success)
        {
            var anchor = today.AddMonths(-MonthsBack(m.Groups["which"].Value));
            (year, month) = (anchor.Year, anchor.Month);
        }
        else
        {
            month = Number(m.Groups["m"].Value);
            if (month is < 1 or > 12)
            {
                return null;
            }

            year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
                : m.Groups["yw"].Success ? today.Year + m.Groups["yw"].Value switch { "去年" => -1, "前年" => -2, _ => 0 }
                : today.Year;
        }

        if (year is < 1900 or > 2200)
        {
            return null;
        }

        var end = DateTime.DaysInMonth(year, month);
        var part = m.Groups["part"].Value.TrimStart('的') switch { "最后一天" or "最后一日" => "底", "第一天" => "一日", var p => p };
        var (first, last) = Days(part, end);
        if (!m.Groups["y"].Success && !m.Groups["yw"].Success && !m.Groups["which"].Success && new DateOnly(year, month, first) > today)
        {
            year--;
            end = DateTime.DaysInMonth(year, month);
            (first, last) = Days(part, end);
        }

        var date = new DateOnly(year, month, first);
        return first == last
            ? new DateMention(date, 0, 0, false)
            : new DateMention(date, 0, 0, false, false, new DateOnly(year, month, last), $"{month}月{part}");
    }

    /// <summary>How many months back 上个月 (1), 上上个月 (2) or 这个月 (0) lies.</summary>
    private static int MonthsBack(string which) => which.StartsWith("上上", StringComparison.Ordinal) ? 2 : which.StartsWith('上') ? 1 : 0;

    private static (int First, int Last) Days(string part, int end) =>
        part switch { "底" or "末" => (end, end), "一日" => (1, 1), "初" or "上旬" => (1, 10), "中旬" => (11, 20), _ => (21, end) };

    /// <summary>
    /// The days of a holiday told as a span (国庆放假那几天, 春节期间), from the calendar on file: a mention from its first
    /// day to its last. Without a year, this year's holiday unless it is still ahead (then last year's); a holiday not
    /// yet begun, or of a year without a calendar file, gives no date.
    /// </summary>
    private static DateMention? HolidaySpan(Match m, DateOnly today, WorkingCalendar calendar)
    {
        var name = HolidayName(m.Groups["h"].Value);
        var stated = m.Groups["y"].Success || m.Groups["yw"].Success;
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : today.Year + m.Groups["yw"].Value switch { "去年" => -1, "前年" => -2, _ => 0 };
        var days = calendar.HolidayDays(year, name);
        if (days is var (first, _) && first > today && !stated)
        {
            year--;
            days = calendar.HolidayDays(year, name);
        }

        if (days is not var (from, to) || from > today)
        {
            return null;
        }

        return new DateMention(from, m.Index, m.Length, false, false, to, name.TrimEnd('节') + "假期");
    }

    /// <summary>The calendar's name of the holiday a phrase names (过年 → 春节, 十一 → 国庆节).</summary>
    private static string HolidayName(string h) =>
        h switch { "过年" or "过完年" or "年后" => "春节", "清明" => "清明节", "五一" => "劳动节", "端午" => "端午节", "中秋" => "中秋节", "国庆" or "十一" => "国庆节", _ => h };

    /// <summary>
    /// The day a holiday phrase names, from the calendar on file: the first working day after the holiday, its last day,
    /// or the fixed day of 元旦/五一/国庆 (a lunar holiday's own day is not on file: none). Without a year, this year's
    /// holiday unless it is still ahead (then last year's); a year without a calendar file gives no date.
    /// </summary>
    private static DateOnly? HolidayDate(Match m, DateOnly today, WorkingCalendar calendar)
    {
        var name = HolidayName(m.Groups["h"].Value);
        var fixedDay = name switch { "元旦" => (1, 1), "劳动节" => (5, 1), "国庆节" => (10, 1), _ => ((int, int)?)null };
        DateOnly? For(int year)
        {
            if (m.Groups["day"].Success)
            {
                return fixedDay is var (month, day) ? new DateOnly(year, month, day) : null;
            }

            if (calendar.HolidayDays(year, name) is not var (_, last))
            {
                return null;
            }

            return m.Groups["end"].Success ? last : calendar.NextWorkingDay(last.AddDays(1));
        }

        var stated = m.Groups["y"].Success || m.Groups["yw"].Success;
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : today.Year + m.Groups["yw"].Value switch { "去年" => -1, "前年" => -2, _ => 0 };
        var date = For(year);
        if (date > today && !stated)
        {
            date = For(year - 1);
        }

        return date;
    }

    /// <summary>A season (去年秋天): 春 3–5月, 夏 6–8月, 秋 9–11月, 冬 12月–次年2月, counted from its first day. Without a
    /// year: this year's unless it has not begun yet. (年底 is left out: "年底前还" names a due day still ahead.)</summary>
    private static DateMention? SeasonDates(Match m, DateOnly today)
    {
        var name = m.Groups["s"].Value;
        var from = name[0] switch { '春' => 3, '夏' => 6, '秋' => 9, _ => 12 };
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : m.Groups["yw"].Success ? today.Year + m.Groups["yw"].Value switch { "去年" => -1, "前年" => -2, _ => 0 }
            : today.Year;
        if (year is < 1900 or > 2200)
        {
            return null;
        }

        if (!m.Groups["y"].Success && !m.Groups["yw"].Success && new DateOnly(year, from, 1) > today)
        {
            year--;
        }

        var first = new DateOnly(year, from, 1);
        var last = first.AddMonths(3).AddDays(-1);
        return new DateMention(first, m.Index, m.Length, false, false, last, name[..2]);
    }

    private static bool TryDate(Match m, DateOnly today, DateOnly clockToday, out DateOnly date)
    {
        date = default;
        var month = Number(m.Groups["m"].Value);
        var day = m.Groups["d"].Success ? Number(m.Groups["d"].Value) : 1;
        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["yw"].Success)
        {
            year = today.Year + m.Groups["yw"].Value switch { "去年" => -1, "前年" => -2, _ => 0 };
        }
        else if (m.Groups["today"].Success)
        {
            year = clockToday.Year;
        }
        else
        {
            year = today.Year;
            if (TryBuild(year, month, day, out var candidate) && candidate > today)
            {
                // A day without a year a few weeks ahead (12月20日收到, written on 12月7日) is a slip or a day still to come,
                // not last year's: read as last year it would announce a live period as passed. No date is taken; the
                // answer states the period in words and asks for the date.
                if (candidate.DayNumber - today.DayNumber <= AmbiguousDaysAhead)
                {
                    return false;
                }

                year--;
            }
        }

        return TryBuild(year, month, day, out date);
    }

    /// <summary>The days the message gives that lie after today: written with their year (2026年12月20日), or without one
    /// and a few weeks ahead (12月20日 on 12月7日: a slip, or last year meant) — none is counted from; the answer says so and asks.</summary>
    public static IReadOnlyList<DateOnly> Ahead(string text, DateOnly clockToday, WorkingCalendar? calendar = null)
    {
        var mentions = Extract(text, clockToday, calendar);
        var today = mentions.FirstOrDefault(m => m.IsToday)?.Date ?? clockToday;
        var ahead = mentions.Where(m => !m.IsToday && m.DayKnown && m.Date > today && !ToCome(text, m.Index, m.Length)).Select(m => m.Date).ToList();
        foreach (Match m in MonthDay().Matches(text))
        {
            if (m.Groups["y"].Success || m.Groups["yw"].Success || m.Groups["today"].Success || !m.Groups["d"].Success || ToCome(text, m.Index, m.Length))
            {
                continue;
            }

            if (TryBuild(today.Year, Number(m.Groups["m"].Value), Number(m.Groups["d"].Value), out var candidate)
                && candidate > today && candidate.DayNumber - today.DayNumber <= AmbiguousDaysAhead)
            {
                ahead.Add(candidate);
            }
        }

        return [.. ahead.Distinct().Order()];
    }

    /// <summary>The date's clause says it is still to come (开庭定在12月20日, 要在12月底前, 下个月15号到期).</summary>
    private static bool ToCome(string text, int index, int length)
    {
        var start = text.LastIndexOfAny(ClauseEnds, Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(ClauseEnds, index + length);
        var clause = text[(index == 0 ? 0 : start)..(end < 0 ? text.Length : end)];
        return FutureWords.Any(w => clause.Contains(w, StringComparison.Ordinal));
    }

    private static readonly char[] ClauseEnds = ['，', '。', '；', '！', '？', ',', ';', '!', '?', '\n'];

    private static readonly string[] FutureWords =
        ["要", "将", "会", "定在", "定于", "准备", "打算", "计划", "预计", "开庭", "之前", "以前", "前", "到期", "截止", "期限", "最晚", "最迟", "能不能", "还能", "约", "排", "通知我", "让我"];

    // How far ahead a day without a year may lie and still be a slip rather than last year's (a date months ahead, 11月 in
    // March, is last year's).
    private const int AmbiguousDaysAhead = 62;

    private static bool TryBuild(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1900 || year > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Number(string text) =>
        ChineseNumber.TryParse(text.Replace('两', '二'), out var value) ? value : -1;
}
