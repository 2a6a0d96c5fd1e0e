using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>Periods start the day after the event (民法典第二百零一条) and month/year periods end on the corresponding
/// day, or the month's last day where there is none (第二百零二条).</summary>
public sealed class DeadlineRuleTests
{
    private static DeadlineRule Rule(int days = 0, int months = 0, int years = 0) => new()
    {
        Id = "t",
        Name = "t",
        Kind = "limit",
        Cite = "x#1",
        Days = days,
        Months = months,
        Years = years,
        Due = "{date}",
        Passed = "{date}",
    };

    [Theory]
    [InlineData("2026-03-02", 30, "2026-04-01")]
    [InlineData("2026-01-31", 30, "2026-03-02")]
    [InlineData("2028-01-30", 30, "2028-02-29")]
    [InlineData("2027-01-30", 30, "2027-03-01")]
    [InlineData("2026-12-20", 15, "2027-01-04")]
    [InlineData("2026-05-08", 60, "2026-07-07")]
    [InlineData("2026-06-12", 15, "2026-06-27")]
    public void LastDay_Days_CountsFromTheNextDay(string eventDate, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Rule(days: days).RawLastDay(DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2027-08-31", 6, "2028-02-29")]
    [InlineData("2026-03-15", 6, "2026-09-15")]
    [InlineData("2026-07-31", 6, "2027-01-31")]
    public void LastDay_Months_EndsOnCorrespondingDayOrMonthEnd(string eventDate, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Rule(months: months).RawLastDay(DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2028-02-29", 1, "2029-02-28")]
    [InlineData("2025-12-31", 1, "2026-12-31")]
    [InlineData("2026-02-28", 3, "2029-02-28")]
    public void LastDay_Years_HandlesLeapDays(string eventDate, int years, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Rule(years: years).RawLastDay(DateOnly.Parse(eventDate, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ShippedRules_StateThePeriodOfTheirArticle()
    {
        var rules = DeadlineRuleSet.Load(Path.Combine(Support.TestPaths.Rules, "deadlines.yaml"));
        var read = Core.Knowledge.KnowledgeFolderReader.Read(Support.TestPaths.Knowledge);
        var articles = read.Entries.ToDictionary(e => e.Id);
        Assert.NotEmpty(rules.All);
        foreach (var rule in rules.All)
        {
            Assert.True(articles.TryGetValue(rule.Cite, out var article), $"{rule.Id} cites missing {rule.Cite}");
            var periods = PeriodFinder.Find(article.Text);
            Assert.True(periods.Contains(rule.Period), $"{rule.Id}: {rule.Cite} does not state {rule.PeriodText}");
        }
    }

    /// <summary>A rule's lines (start, due, remedies, note) state only periods that the articles the rule cites state:
    /// the answer validator would otherwise drop the line, and a period no article states must never reach a citizen.</summary>
    [Fact]
    public void ShippedRules_LinesStateOnlyPeriodsOfTheirCitedArticles()
    {
        var rules = DeadlineRuleSet.Load(Path.Combine(Support.TestPaths.Rules, "deadlines.yaml"));
        var articles = Core.Knowledge.KnowledgeFolderReader.Read(Support.TestPaths.Knowledge).Entries.ToDictionary(e => e.Id);
        var failures = new List<string>();
        foreach (var rule in rules.All)
        {
            var allowed = new HashSet<(int, string)>();
            foreach (var cite in rule.AllCites)
            {
                if (articles.TryGetValue(cite, out var article))
                {
                    allowed.UnionWith(PeriodFinder.Find(article.Text));
                }
                else
                {
                    failures.Add($"{rule.Id} cites missing {cite}");
                }
            }

            foreach (var line in new[] { rule.From, rule.Due, rule.Passed, rule.Note ?? string.Empty })
            {
                failures.AddRange(PeriodFinder.Find(line).Where(p => !allowed.Contains(p)).Select(p => $"{rule.Id}: {p.Number}{p.Unit} in \"{line}\""));
            }
        }

        foreach (var no in rules.NoDate)
        {
            var allowed = articles.TryGetValue(no.Cite, out var article) ? PeriodFinder.Find(article.Text) : new HashSet<(int, string)>();
            failures.AddRange(PeriodFinder.Find(no.Say).Where(p => !allowed.Contains(p)).Select(p => $"{no.Id}: {p.Number}{p.Unit}"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void LastDay_After_CountsFromTheOtherPeriodsExpiry()
    {
        // 国家赔偿法第十四条第一款: three months from the expiry of the two months to decide; 2026-12-31 + 2 months is
        // 2027-02-28 (no 31st), + 3 months is 2027-05-28 — not 2027-05-31 as 5 months from the event would give.
        var decide = Rule(months: 2) with { Id = "decide" };
        var sue = Rule(months: 3) with { After = decide };
        Assert.Equal(new DateOnly(2027, 5, 28), sue.RawLastDay(new DateOnly(2026, 12, 31)));
    }
}
