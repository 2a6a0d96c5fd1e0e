using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Knowledge;

/// <summary>The legal review's knowledge fixes, each held to the verbatim article it rests on.</summary>
public sealed class ReviewedKnowledgeTests
{
    private static readonly Lazy<RuleBook> Rules = new(() => new RuleBook(TestPaths.Rules, TestPaths.Prompts));
    private static readonly Lazy<Dictionary<string, KnowledgeEntry>> Entries = new(() =>
        KnowledgeFolderReader.Read(TestPaths.Knowledge, Rules.Value.Deadlines.Ids).Entries.ToDictionary(e => e.Id, StringComparer.Ordinal));

    private static KnowledgeEntry E(string id) => Entries.Value[id];

    [Theory]
    [InlineData("guide/administrative-act", "xingzheng-fuyi-fa-2023#23", "必须先申请行政复议")]
    [InlineData("guide/administrative-act", "xingzheng-fuyi-fa-2023#27", "向上一级主管部门申请")]
    [InlineData("guide/administrative-act", "xingzheng-fuyi-fa-2023#28", "上一级司法行政部门")]
    [InlineData("guide/administrative-act", "xingzheng-fuyi-fa-2023#24", "县级人民政府的向市级人民政府申请")]
    [InlineData("guide/administrative-act", "xingzheng-fuyi-fa-2023#24", "向该省级人民政府申请")]
    [InlineData("guide/social-assistance", "xingzheng-fuyi-fa-2023#23", "要先申请行政复议")]
    [InlineData("guide/unpaid-wages", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#27", "不受一年仲裁时效的限制")]
    [InlineData("guide/unpaid-wages", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#49", "三十日内向中级人民法院申请撤销")]
    [InlineData("guide/dismissal-labor-contract", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#48", "劳动者不服可以自收到裁决书之日起十五日内起诉")]
    [InlineData("guide/court-judgment", "minshi-susong-fa-2023#171", "不是从开庭或者宣判那天算")]
    [InlineData("guide/court-judgment", "xingzheng-susong-fa-2017#85", "行政案件（民告官）的一审判决、裁定")]
    [InlineData("guide/court-judgment", "minshi-susong-fa-2023#216", "刑事判决、裁定不服的申诉不适用")]
    [InlineData("guide/court-judgment", "minshi-susong-fa-2023#86", "申请顺延期限")]
    [InlineData("guide/debt-contract", "minfadian-zongze#188", "不是从借出钱的那天算")]
    [InlineData("guide/work-injury", "gongshang-baoxian-tiaoli-2010#17", "1年内直接向单位所在地")]
    [InlineData("faq/after-fuhe", "xinfang-gongzuo-tiaoli-2022#36", "复核以后不能再请求复查")]
    [InlineData("faq/not-accepted", "xinfang-gongzuo-tiaoli-2022#19", "上级不予受理")]
    [InlineData("faq/not-accepted", "xinfang-gongzuo-tiaoli-2022#36", "不再受理")]
    public void Entry_StatesTheFix_AndCitesItsArticle(string id, string cite, string words)
    {
        var entry = E(id);
        Assert.Contains(words, entry.Text, StringComparison.Ordinal);
        Assert.Contains(cite, entry.Cites);
        Assert.True(Entries.Value.ContainsKey(cite), cite);
    }

    [Fact]
    public void AfterFuhe_NeverSuggestsReview() =>
        Assert.DoesNotContain("请求复查。", E("faq/after-fuhe").Text.Split("## 怎么办").Last(), StringComparison.Ordinal);

    [Fact]
    public void CivilProcedureLaw_2023Amendment_InForceFrom2024()
    {
        var raw = File.ReadAllText(Path.Combine(TestPaths.Knowledge, "laws", "minshi-susong-fa-2023.md"));
        Assert.Contains("effective: 2024-01-01", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("guide/court-judgment", "civil-appeal-judgment-15d")]
    [InlineData("guide/court-judgment", "civil-appeal-ruling-10d")]
    [InlineData("guide/work-injury", "work-injury-worker-1y")]
    [InlineData("guide/unpaid-wages", "labor-award-sue-15d")]
    [InlineData("guide/information-disclosure", "info-disclosure-20wd")]
    public void Guide_NamesItsDeadlineRule(string id, string rule) => Assert.Contains(rule, E(id).Deadlines);

    [Fact]
    public void Rules_EveryLineStatesOnlyPeriodsOfTheArticlesItRestsOn()
    {
        foreach (var rule in Rules.Value.Deadlines.All)
        {
            var allowed = rule.AllCites.Select(c => Entries.Value[c]).SelectMany(a => PeriodFinder.Find(a.Text)).ToHashSet();
            foreach (var line in new[] { rule.Due, rule.Passed, rule.Note ?? string.Empty, rule.From })
            {
                Assert.All(PeriodFinder.Find(line), p => Assert.True(allowed.Contains(p), $"{rule.Id}: {p.Number}{p.Unit} in “{line}”"));
            }
        }

        foreach (var no in Rules.Value.Deadlines.NoDate)
        {
            var allowed = PeriodFinder.Find(Entries.Value[no.Cite].Text);
            Assert.All(PeriodFinder.Find(no.Say), p => Assert.Contains(p, allowed));
        }
    }

    [Fact]
    public void DeadlineTemplates_StateNoPeriodOfTheirOwn()
    {
        var t = Rules.Value.Templates.Deadline;
        foreach (var text in typeof(AnswerTemplates.DeadlineTexts).GetProperties().Select(p => (string)p.GetValue(t)!))
        {
            var bare = System.Text.RegularExpressions.Regex.Replace(text, @"\{[a-z]+\}", "·");
            Assert.True(PeriodFinder.Find(bare).Count == 0, text);
        }
    }

    [Fact]
    public void Calendar_2026_IsTheStateCouncilNotice()
    {
        var calendar = Rules.Value.Deadlines.Calendar;
        Assert.Contains("2026年部分节假日安排", calendar.Year(2026)!.Notice, StringComparison.Ordinal);
        Assert.True(calendar.IsRestDay(new DateOnly(2026, 2, 23)));   // 春节, a Monday
        Assert.False(calendar.IsRestDay(new DateOnly(2026, 2, 14)));  // 调休: a Saturday worked
        Assert.True(calendar.IsRestDay(new DateOnly(2026, 10, 7)));   // 国庆节, a Wednesday
        Assert.False(calendar.IsRestDay(new DateOnly(2026, 9, 20)));  // 调休: a Sunday worked
        Assert.False(calendar.Knows(2027));
        // No notice on file: weekends and the holidays 《全国年节及纪念日放假办法》 fixes, its lunar ones converted.
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 1, 1)));    // 元旦, a Friday
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 2, 5)));    // 除夕 of 2027, a Friday
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 2, 8)));    // 正月初三, a Monday
        Assert.False(calendar.IsRestDay(new DateOnly(2027, 2, 9)));   // 正月初四: the notice may add it, the law does not
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 4, 5)));    // 清明, a Monday
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 6, 9)));    // 端午 (五月初五), a Wednesday
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 9, 15)));   // 中秋 (八月十五), a Wednesday
        Assert.True(calendar.IsRestDay(new DateOnly(2027, 5, 2)));    // 劳动节's second day
        Assert.False(calendar.IsRestDay(new DateOnly(2027, 5, 3)));   // a Monday the law does not give
        Assert.True(calendar.IsRestDay(new DateOnly(2028, 1, 25)));   // 除夕 of 2028, a Tuesday
        Assert.True(calendar.IsRestDay(new DateOnly(2028, 5, 28)));   // 端午 of 2028, before that year's leap 五月
        Assert.Equal("中秋节", calendar.HolidayName(new DateOnly(2028, 10, 3)));  // after the leap month; also 国庆节's third day
    }
}
