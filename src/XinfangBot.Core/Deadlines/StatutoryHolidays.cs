using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Deadlines;

/// <summary>
/// The holidays 《全国年节及纪念日放假办法》 gives whatever a year's notice says (rules/calendar/statutory.yaml): solar days
/// (元旦 01-01), lunar days converted by <see cref="ChineseLunisolarCalendar"/> (春节 除夕 and 正月初一至初三, 端午 五月初五, 中秋
/// 八月十五) and the 清明 day from a checked table. Used for a year whose notice is not on file.
/// </summary>
public sealed class StatutoryHolidays
{
    public const string FileName = "statutory.yaml";

    private const string Eve = "除夕";

    private static readonly ChineseLunisolarCalendar Lunar = new();

    private readonly List<(string Name, List<(int Month, int Day)> Days)> _solar;
    private readonly List<(string Name, List<(int Month, int Day)?> Days)> _lunar;
    private readonly Dictionary<int, DateOnly> _qingming;

    private StatutoryHolidays(string? law, List<(string, List<(int, int)>)> solar, List<(string, List<(int, int)?>)> lunar, Dictionary<int, DateOnly> qingming)
    {
        Law = law;
        _solar = solar;
        _lunar = lunar;
        _qingming = qingming;
    }

    public static StatutoryHolidays None { get; } = new(null, [], [], []);

    /// <summary>The law's title (全国年节及纪念日放假办法).</summary>
    public string? Law { get; }

    /// <summary>The statutory holidays of <paramref name="year"/>: date → name.</summary>
    public IReadOnlyDictionary<DateOnly, string> For(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        foreach (var (name, list) in _solar)
        {
            foreach (var (m, d) in list)
            {
                days[new DateOnly(year, m, d)] = name;
            }
        }

        if (year > Lunar.MinSupportedDateTime.Year && year < Lunar.MaxSupportedDateTime.Year)
        {
            foreach (var (name, list) in _lunar)
            {
                foreach (var day in list)
                {
                    var date = day is var (m, d) ? LunarDate(year, m, d) : LunarDate(year, 1, 1).AddDays(-1);
                    if (date.Year == year)
                    {
                        days[date] = name;
                    }
                }
            }
        }

        if (_qingming.TryGetValue(year, out var qm))
        {
            days[qm] = "清明节";
        }

        return days;
    }

    /// <summary>The solar date of lunar month <paramref name="month"/> (not a leap month), day <paramref name="day"/> of the
    /// lunar year that begins in <paramref name="year"/>.</summary>
    private static DateOnly LunarDate(int year, int month, int day)
    {
        // A leap year of the Chinese calendar has 13 months; GetLeapMonth gives the index of the leap one (a leap 四月 after
        // 四月 is index 5), so months from it on are shifted by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    public static StatutoryHolidays Load(string path)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = yaml.Deserialize<StatutoryFile>(File.ReadAllText(path)) ?? new StatutoryFile();
        if (string.IsNullOrWhiteSpace(file.Law))
        {
            throw new InvalidDataException($"{path}: needs the 'law' the holidays come from");
        }

        var solar = (file.Solar ?? []).Select(h => (h.Name, h.Days.Select(d => MonthDay(path, d)).ToList())).ToList();
        var lunar = (file.Lunar ?? []).Select(h => (h.Name, h.Days.Select(d => d == Eve ? ((int, int)?)null : MonthDay(path, d)).ToList())).ToList();
        var qingming = new Dictionary<int, DateOnly>();
        foreach (var (year, text) in file.Qingming ?? [])
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d.Year != year || d.Month != 4 || d.Day is < 4 or > 6)
            {
                throw new InvalidDataException($"{path}: 清明 of {year}: '{text}' is not a date of 4月4日 to 6日 of that year");
            }

            qingming[year] = d;
        }

        return new StatutoryHolidays(file.Law, solar, lunar, qingming);
    }

    private static (int, int) MonthDay(string path, string text)
    {
        var parts = text.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var m) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var d) && m is >= 1 and <= 12 && d is >= 1 and <= 31
            ? (m, d)
            : throw new InvalidDataException($"{path}: '{text}' is not MM-DD (or {Eve} for a lunar holiday)");
    }

    private sealed class StatutoryFile
    {
        public string? Law { get; set; }
        public List<Holiday>? Solar { get; set; }
        public List<Holiday>? Lunar { get; set; }
        public Dictionary<int, string>? Qingming { get; set; }
    }

    private sealed class Holiday
    {
        public string Name { get; set; } = string.Empty;
        public List<string> Days { get; set; } = [];
    }
}
