using System.Globalization;
using System.Text.Json;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>
/// The deadline suite: Cases/messages.jsonl (questions with the dates a lawyer expects, each computed by hand and
/// cross-checked by Cases/crosscheck.py, never by this engine) and Cases/periods.jsonl (a rule and an event date).
/// </summary>
public sealed class DeadlineCasesTests
{
    private static readonly string CaseFolder = Path.Combine(TestPaths.RepoRoot, "tests", "XinfangBot.Core.Tests", "Deadlines", "Cases");
    private static readonly Lazy<RuleBook> Rules = new(() => new RuleBook(TestPaths.Rules, TestPaths.Prompts));
    private static readonly Lazy<Dictionary<string, KnowledgeEntry>> Entries = new(() =>
        KnowledgeFolderReader.Read(TestPaths.Knowledge, Rules.Value.Deadlines.Ids).Entries.ToDictionary(e => e.Id, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, JsonElement>> Messages = new(() => Load("messages.jsonl"));
    private static readonly Lazy<Dictionary<string, JsonElement>> Periods = new(() => Load("periods.jsonl"));

    public static TheoryData<string> MessageIds => [.. Messages.Value.Keys];

    public static TheoryData<string> PeriodIds => [.. Periods.Value.Keys];

    [Theory]
    [MemberData(nameof(MessageIds))]
    public void Plan_Message_GivesExactlyTheExpectedDates(string id)
    {
        var c = Messages.Value[id];
        var topic = Entries.Value[c.GetProperty("topic").GetString()!];
        var text = Rules.Value.Normalizer.Normalize(c.GetProperty("text").GetString()!).Text;
        var plan = new DeadlineCalculator(Rules.Value.Deadlines).Plan(text, topic.Deadlines, Date(c.GetProperty("today")));

        var expected = c.GetProperty("expect").EnumerateArray()
            .Select(e => $"{e.GetProperty("rule").GetString()} {e.GetProperty("event").GetString()} → {e.GetProperty("last").GetString()}")
            .Order(StringComparer.Ordinal);
        var actual = plan.Computed.Select(r => $"{r.Rule.Id} {Iso(r.Event.DayKnown || r.Rule.Kind != "duty" ? r.Event.Date : r.Event.LastPossibleDay)} → {Iso(r.LastDay)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);

        foreach (var e in c.GetProperty("expect").EnumerateArray().Where(e => e.TryGetProperty("status", out _)))
        {
            var result = plan.Computed.Single(r => r.Rule.Id == e.GetProperty("rule").GetString());
            var status = result.Passed ? "passed" : result.MaybePassed ? "maybe_passed" : result.DaysLeft == 0 ? "last_day" : $"left:{result.DaysLeft}";
            Assert.Equal(e.GetProperty("status").GetString(), status);
        }

        Assert.Equal(Strings(c, "in_words"), plan.InWords.Select(p => p.Rule.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Strings(c, "no_date"), plan.NoDate.Select(n => n.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PeriodIds))]
    public void LastDay_RuleAndEvent_IsTheHandComputedDay(string id)
    {
        var c = Periods.Value[id];
        var rule = Rules.Value.Deadlines.Get(c.GetProperty("rule").GetString()!)!;
        Assert.Equal(Date(c.GetProperty("last")), rule.LastDay(Date(c.GetProperty("event")), Rules.Value.Deadlines.Calendar));
    }

    [Fact]
    public void Suite_CoversEveryRuleAndIsLargeEnough()
    {
        var covered = Messages.Value.Values.SelectMany(c => c.GetProperty("expect").EnumerateArray().Select(e => e.GetProperty("rule").GetString()))
            .Concat(Periods.Value.Values.Select(c => c.GetProperty("rule").GetString()))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(Rules.Value.Deadlines.Ids, r => Assert.Contains(r, covered));
        Assert.True(Messages.Value.Count + Periods.Value.Count >= 150, $"{Messages.Value.Count + Periods.Value.Count} cases");
    }

    private static Dictionary<string, JsonElement> Load(string file) =>
        File.ReadLines(Path.Combine(CaseFolder, file))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);

    private static IEnumerable<string> Strings(JsonElement c, string name) =>
        c.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal) : [];

    private static DateOnly Date(JsonElement e) => DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
