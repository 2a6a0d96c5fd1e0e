using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Deadlines;

/// <summary>
/// China's working days: Monday to Friday, less the official holidays, plus the weekend days worked instead (调休), from
/// one data file per year (rules/calendar/&lt;year&gt;.yaml, transcribed from that year's State Council notice). A year
/// without a file falls back to weekends plus the holidays 《全国年节及纪念日放假办法》 fixes (rules/calendar/statutory.yaml:
/// 元旦, 春节's 除夕 to 初三, 清明, 劳动节, 端午, 中秋, 国庆), and <see cref="Knows"/> says its 调休 is not known.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<int, CalendarYear> _years;
    private readonly StatutoryHolidays _statutory;
    private readonly Dictionary<int, IReadOnlyDictionary<DateOnly, string>> _fallback = [];
    private readonly Lock _gate = new();

    public WorkingCalendar(IEnumerable<CalendarYear> years, StatutoryHolidays? statutory = null)
    {
        _years = years.ToDictionary(y => y.Year);
        _statutory = statutory ?? StatutoryHolidays.None;
        LongestRestRun = _years.Keys.Select(RestRun).DefaultIfEmpty(2).Max();
    }

    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    /// <summary>The law that fixes the fallback's holidays (《全国年节及纪念日放假办法》); null when none is loaded.</summary>
    public string? StatutoryLaw => _statutory.Law;

    /// <summary>The years with a notice on file.</summary>
    public IReadOnlyCollection<int> Years => _years.Keys;

    public bool Knows(int year) => _years.ContainsKey(year);

    public CalendarYear? Year(int year) => _years.GetValueOrDefault(year);

    /// <summary>The most consecutive rest days of any year on file (2026's 春节: 9): how far an official holiday of a year
    /// without a file can move a last day at most, as far as the notices held show; 2 (a weekend) when none is held.</summary>
    public int LongestRestRun { get; }

    private int RestRun(int year)
    {
        int longest = 0, run = 0;
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            run = IsRestDay(d) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A 法定休假日: an official holiday, or a Saturday or Sunday that is not a 调休 working day. In a year without
    /// its notice: a statutory holiday (<see cref="StatutoryHolidayName"/>), or a Saturday or Sunday.</summary>
    public bool IsRestDay(DateOnly date)
    {
        if (_years.TryGetValue(date.Year, out var year))
        {
            if (year.Holidays.ContainsKey(date))
            {
                return true;
            }

            if (year.Workdays.Contains(date))
            {
                return false;
            }
        }
        else if (StatutoryHolidayName(date) is not null)
        {
            return true;
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
    }

    /// <summary>The holiday's name (春节 …) or 周六/周日 for a rest day; null for a working day.</summary>
    public string? RestName(DateOnly date) =>
        !IsRestDay(date) ? null
        : HolidayName(date) ?? (date.DayOfWeek == DayOfWeek.Saturday ? "周六" : "周日");

    /// <summary>The official holiday's name (春节 …) for a rest day inside one — from the year's notice, or in a year without
    /// it from 《全国年节及纪念日放假办法》; null for a weekend or a working day.</summary>
    public string? HolidayName(DateOnly date) =>
        !IsRestDay(date) ? null
        : _years.TryGetValue(date.Year, out var y) ? y.Holidays.GetValueOrDefault(date)
        : StatutoryHolidayName(date);

    /// <summary>
    /// The holiday 《全国年节及纪念日放假办法》 gives on this day (元旦 1月1日, 春节 除夕至初三, 清明, 劳动节 5月1日、2日, 端午,
    /// 中秋, 国庆节 10月1日至3日), for a year whose notice is not on file: a rest day whatever the notice says, though how far
    /// the year's 调休 stretches the break is known only from it. Null for any other day, and for a year on file (its
    /// notice says).
    /// </summary>
    public string? StatutoryHolidayName(DateOnly date)
    {
        if (Knows(date.Year))
        {
            return null;
        }

        IReadOnlyDictionary<DateOnly, string> days;
        lock (_gate)
        {
            if (!_fallback.TryGetValue(date.Year, out days!))
            {
                days = _statutory.For(date.Year);
                _fallback[date.Year] = days;
            }
        }

        return days.GetValueOrDefault(date);
    }

    /// <summary>The first and last day of the named official holiday (国庆节 …) in the year's file; null when not on file.</summary>
    public (DateOnly From, DateOnly To)? HolidayDays(int year, string name)
    {
        if (!_years.TryGetValue(year, out var y))
        {
            return null;
        }

        var days = y.Holidays.Where(h => h.Value.Split('、').Contains(name)).Select(h => h.Key).ToList();
        return days.Count == 0 ? null : (days.Min(), days.Max());
    }

    /// <summary>The day itself when it is a working day, otherwise the first working day after the rest days.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        while (IsRestDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The last of <paramref name="count"/> working days counted from the day after <paramref name="start"/>. In a
    /// year without its notice, the statutory holidays (<see cref="StatutoryHolidayName"/>) are not working days either: an
    /// organ's 20 working days over 2027's 元旦 do not count 1月1日.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        var date = start;
        for (var left = count; left > 0;)
        {
            date = date.AddDays(1);
            if (!IsRestDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Reads every &lt;year&gt;.yaml of <paramref name="folder"/> and its statutory.yaml (the fallback's holidays);
    /// a missing folder means weekends only.</summary>
    public static WorkingCalendar Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return WeekendsOnly;
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var years = new List<CalendarYear>();
        var statutoryPath = Path.Combine(folder, StatutoryHolidays.FileName);
        var statutory = File.Exists(statutoryPath) ? StatutoryHolidays.Load(statutoryPath) : StatutoryHolidays.None;
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == StatutoryHolidays.FileName)
            {
                continue;
            }

            var file = yaml.Deserialize<YearFile>(File.ReadAllText(path)) ?? new YearFile();
            if (file.Year.ToString(CultureInfo.InvariantCulture) != Path.GetFileNameWithoutExtension(path) || string.IsNullOrWhiteSpace(file.Notice))
            {
                throw new InvalidDataException($"{path}: needs 'year' equal to the file name and the 'notice' it is transcribed from");
            }

            var holidays = new Dictionary<DateOnly, string>();
            foreach (var h in file.Holidays ?? [])
            {
                var from = Parse(path, h.From);
                var to = Parse(path, h.To);
                if (to < from || from.Year != file.Year || to.Year != file.Year || string.IsNullOrWhiteSpace(h.Name))
                {
                    throw new InvalidDataException($"{path}: holiday '{h.Name}' needs a name and from ≤ to within {file.Year}");
                }

                for (var d = from; d <= to; d = d.AddDays(1))
                {
                    holidays[d] = h.Name;
                }
            }

            var workdays = (file.Workdays ?? []).Select(w => Parse(path, w)).ToHashSet();
            if (workdays.FirstOrDefault(w => w.Year != file.Year || holidays.ContainsKey(w) || w.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) is { } bad && bad != default)
            {
                throw new InvalidDataException($"{path}: workday {bad:yyyy-MM-dd} must be a Saturday or Sunday of {file.Year} that is not a holiday");
            }

            years.Add(new CalendarYear(file.Year, file.Notice!, holidays, workdays));
        }

        return new WorkingCalendar(years, statutory);
    }

    private static DateOnly Parse(string path, string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InvalidDataException($"{path}: '{text}' is not a date (yyyy-MM-dd)");

    private sealed class YearFile
    {
        public int Year { get; set; }
        public string? Notice { get; set; }
        public string? Published { get; set; }
        public string? Source { get; set; }
        public List<HolidayRange>? Holidays { get; set; }
        public List<string>? Workdays { get; set; }
    }

    private sealed class HolidayRange
    {
        public string Name { get; set; } = string.Empty;
        public string? From { get; set; }
        public string? To { get; set; }
    }
}
