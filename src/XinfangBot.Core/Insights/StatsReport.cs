using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace XinfangBot.Core.Insights;

/// <summary>
/// The figures of CONTRACTS §7 for a date range (China time, both ends included), plus per-day, per-domain and per-topic
/// counts. Counts only: no message text.
/// </summary>
public sealed record StatsReport
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Questions { get; init; }
    public int Conversations { get; init; }
    public int Unanswered { get; init; }
    public IReadOnlyDictionary<string, int> ByChannel { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> BySource { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> ByDomain { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> ByTopic { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Escalations { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Cases { get; init; } = new Dictionary<string, int>();
    public double MedianFirstResponseMinutes { get; init; }
    public int Responded { get; init; }
    public int ResolvedOnTime { get; init; }

    /// <summary>按期办结率: resolved cases closed by their due time, of resolved cases that have one (0 when none).</summary>
    public double OnTimeRate { get; init; }

    public int Useful { get; init; }
    public int NotUseful { get; init; }
    public IReadOnlyList<DayStats> PerDay { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonObject ToJson()
    {
        static JsonObject Map(IReadOnlyDictionary<string, int> map) =>
            new(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));

        var cases = Map(Cases);
        cases["median_first_response_minutes"] = MedianFirstResponseMinutes;
        cases["responded"] = Responded;
        cases["resolved_on_time"] = ResolvedOnTime;
        cases["on_time_rate"] = OnTimeRate;
        return new JsonObject
        {
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["questions"] = Questions,
            ["conversations"] = Conversations,
            ["by_channel"] = Map(ByChannel),
            ["escalations"] = Map(Escalations),
            ["cases"] = cases,
            ["feedback"] = new JsonObject { ["useful"] = Useful, ["not_useful"] = NotUseful },
            ["unanswered"] = Unanswered,
            ["per_day"] = new JsonObject(PerDay.Select(d => KeyValuePair.Create(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (JsonNode?)new JsonObject
            {
                ["questions"] = d.Questions,
                ["conversations"] = d.Conversations,
                ["unanswered"] = d.Unanswered,
                ["escalations"] = d.Escalations,
            }))),
            ["by_domain"] = Map(ByDomain),
            ["by_topic"] = Map(ByTopic),
            ["by_source"] = Map(BySource),
        };
    }

    public string ToJsonText() => ToJson().ToJsonString(Json);

    /// <summary>One row per figure: <c>metric,key,value</c> (per-day rows are <c>per_day.questions,2026-12-01,5</c>).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("metric,key,value\n");
        void Row(string metric, string key, double value) =>
            csv.Append(Cell(metric)).Append(',').Append(Cell(key)).Append(',').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Row("questions", string.Empty, Questions);
        Row("conversations", string.Empty, Conversations);
        Row("unanswered", string.Empty, Unanswered);
        Row("feedback", "useful", Useful);
        Row("feedback", "not_useful", NotUseful);
        foreach (var (name, map) in new[] { ("by_channel", ByChannel), ("escalations", Escalations), ("cases", Cases), ("by_domain", ByDomain), ("by_topic", ByTopic), ("by_source", BySource) })
        {
            foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Row(name, key, value);
            }
        }

        Row("cases", "median_first_response_minutes", MedianFirstResponseMinutes);
        Row("cases", "resolved_on_time", ResolvedOnTime);
        Row("cases", "on_time_rate", OnTimeRate);
        foreach (var day in PerDay)
        {
            var key = day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Row("per_day.questions", key, day.Questions);
            Row("per_day.conversations", key, day.Conversations);
            Row("per_day.unanswered", key, day.Unanswered);
            Row("per_day.escalations", key, day.Escalations);
        }

        return csv.ToString();
    }

    private static string Cell(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

/// <summary>One day's counts (China date).</summary>
public sealed record DayStats(DateOnly Day, int Questions, int Conversations, int Unanswered, int Escalations);
