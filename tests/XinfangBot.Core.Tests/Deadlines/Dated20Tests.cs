using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>
/// Session 20's dated kinds (own wordings; every last day computed by hand, weekdays checked with `date -d`): the day a
/// court made (作出) a judgment or ruling is not its service — a later receipt without the document's name is the start;
/// an application submitted online (网上申请的) dates the organ's period; an employer's lapsed duty follows the worker's own
/// running limit; an arbitration applied for and accepted the same day dates the tribunal's 45 days, and no award yet
/// asks for no award's receipt; a year without its notice rests on the holidays the law fixes.
/// </summary>
public sealed class Dated20Tests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private readonly DeadlineCalculator _calculator = new(DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml")));

    private static string Dates(DeadlinePlan plan) =>
        string.Join(" | ", plan.Computed.Select(c => $"{c.Rule.Id} {c.Event.Date:yyyy-MM-dd} → {c.LastDay:yyyy-MM-dd}"));

    /// <summary>民事诉讼法第一百七十一条 / 行政诉讼法第八十五条: from service. 12-01 + 10 = 12-11 (Fri); 11-27 + 10 = 12-07 (Mon);
    /// 11-26 + 15 = 12-11 (Fri); 11-25 + 15 = 12-10 (Thu).</summary>
    [Theory]
    [InlineData("区法院11月23日作出了驳回我的起诉的裁定，直到12月1日才送达给我，我想上诉，最晚哪天？", "civil-appeal-ruling-10d 2026-12-01 → 2026-12-11")]
    [InlineData("一审法院11月20日做出裁定，驳回了我的起诉，我11月27日收到的，想上诉到中院，期限到什么时候？", "civil-appeal-ruling-10d 2026-11-27 → 2026-12-07")]
    [InlineData("一审判决是11月18日作出的，11月26日才寄到我家，想上诉，最后一天是哪天？", "civil-appeal-judgment-15d 2026-11-26 → 2026-12-11")]
    [InlineData("判决书是法院11月16日做出的，我是11月25日签收的，我要上诉，截止到哪天？", "civil-appeal-judgment-15d 2026-11-25 → 2026-12-10")]
    [InlineData("11月25日法院作出一审判决并当庭送达，我想上诉，最晚哪天？", "civil-appeal-judgment-15d 2026-11-25 → 2026-12-10")]
    public void Plan_MadeThenServed_CountsFromService(string text, string expected)
    {
        var plan = _calculator.Plan(text, ["civil-appeal-judgment-15d", "civil-appeal-ruling-10d"], Today);
        Assert.Equal(expected, Dates(plan));
    }

    /// <summary>政府信息公开条例第三十三条: 11-03 (Tue) + 20 working days = 12-01; 信访工作条例第二十三条: 11-16 + 15 = 12-01.</summary>
    [Theory]
    [InlineData("我11月3号在网上申请了政府信息公开，想看征地的批复，到现在没有答复，最迟哪天该答复？", "info-disclosure-20wd", "info-disclosure-20wd 2026-11-03 → 2026-12-01")]
    [InlineData("11月16日我在网上信访平台反映了物业乱收费，到现在没人告诉我受不受理，最晚该哪天告知？", "xf-notify-15d", "xf-notify-15d 2026-11-16 → 2026-12-01")]
    public void Plan_SubmittedOnline_IsTheStart(string text, string rule, string expected)
    {
        var plan = _calculator.Plan(text, [rule], Today);
        Assert.Equal(expected, Dates(plan));
    }

    /// <summary>工伤保险条例第十七条: injured 9-10; the employer's 30 days ended 10-10 (a 调休 Saturday worked, 2026's notice);
    /// the worker's own year runs to 2027-09-10 (Fri) and leads.</summary>
    [Fact]
    public void Plan_EmployerLapsed_WorkersOwnYearLeads()
    {
        string[] topic = ["work-injury-employer-30d", "work-injury-worker-1y"];
        var plan = _calculator.Plan("9月10日我在工地干活被钢管砸伤了脚，老板一直不给报工伤，我自己申请工伤认定最晚到什么时候？", topic, Today);
        Assert.Equal("work-injury-worker-1y 2026-09-10 → 2027-09-10 | work-injury-employer-30d 2026-09-10 → 2026-10-10", Dates(plan));
        Assert.False(plan.Computed[0].Passed);
        Assert.True(plan.Computed[1].Passed);
    }

    /// <summary>劳动争议调解仲裁法第四十三条: accepted 10-09 (the day it was handed in) + 45 = 11-23 (Mon); no award yet, so
    /// neither the 15 days after an award (第五十条) nor the year to apply (第二十七条) is asked for.</summary>
    [Fact]
    public void Plan_AcceptedOnTheDayAndNoAwardYet_DatesTheTribunalOnly()
    {
        string[] topic = ["labor-arbitration-1y", "labor-award-sue-15d", "labor-arbitration-award-45d"];
        var plan = _calculator.Plan("10月9日我把仲裁申请交到区劳动仲裁委，当天就受理了，可是一直没出结果，能去法院起诉吗？", topic, Today);
        Assert.Equal("labor-arbitration-award-45d 2026-10-09 → 2026-11-23", Dates(plan));
        Assert.DoesNotContain(plan.InWords, p => p.Rule.Id is "labor-award-sue-15d" or "labor-arbitration-1y");
    }

    /// <summary>2027 has no notice on file: 《全国年节及纪念日放假办法》's days still move a last day. 11-02 + 60 = 2027-01-01
    /// (元旦, Fri) → 2027-01-04 (Mon); 2026-08-05 + 6 months = 2027-02-05 (除夕, Fri; 春节 2月6日) → 2027-02-09 (Tue, 初四);
    /// 2026-10-05 + 6 months = 2027-04-05 (清明, Mon) → 2027-04-06.</summary>
    [Theory]
    [InlineData("admin-reconsideration-60d", 2026, 11, 2, 2027, 1, 4)]
    [InlineData("admin-litigation-6m", 2026, 8, 5, 2027, 2, 9)]
    [InlineData("admin-litigation-6m", 2026, 10, 5, 2027, 4, 6)]
    public void LastDay_UnknownYear_MovesOffTheStatutoryHolidays(string id, int y, int m, int d, int ly, int lm, int ld)
    {
        var rules = DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml"));
        var rule = rules.Get(id)!;
        Assert.False(rules.Calendar.Knows(ly));
        Assert.Equal(new DateOnly(ly, lm, ld), rule.LastDay(new DateOnly(y, m, d), rules.Calendar));
    }

    // Kinds found on the held-out dated set after the merge: an act learnt of after it was made counts from the knowing
    // (行政诉讼法第四十六条), a 复查意见 received by post from its receipt (信访工作条例第三十六条), new evidence found lately from
    // its finding (民事诉讼法第二百一十六条) — each had been told as passed, or too early, from the document's date.
    /// <summary>07-20 + 6 months = 2027-01-20 (Wed); from the 作出 day 05-06 it would be 11-06, told as passed.</summary>
    [Fact]
    public void ActLearntOfLater_CountsFromTheKnowing()
    {
        var plan = _calculator.Plan("区城管局的罚款决定是5月6日作出的，一直没人通知我，7月20日我去窗口办事才查到，想直接去法院起诉，最晚哪天？", ["admin-reconsideration-60d", "admin-litigation-6m"], Today);
        Assert.Contains("admin-litigation-6m 2026-07-20 → 2027-01-20", Dates(plan), StringComparison.Ordinal);
        Assert.DoesNotContain("2026-05-06", Dates(plan), StringComparison.Ordinal);
    }

    /// <summary>11-09 + 30 = 12-09 (Wed); from the 落款 11-02 it would be 12-02.</summary>
    [Fact]
    public void ReviewOpinionReceivedByPost_CountsFromItsReceipt()
    {
        var plan = _calculator.Plan("复查意见书上落款是11月2日作出的，11月9日才邮到我家，我还是不服，想请求复核，最晚哪天？", ["xf-recheck-30d"], Today);
        Assert.Equal("xf-recheck-30d 2026-11-09 → 2026-12-09", Dates(plan));
    }

    /// <summary>10-12 + 6 months = 2027-04-12 (Mon); the judgment's effect last year gives a period long run.</summary>
    [Fact]
    public void NewEvidenceFoundLately_CountsFromItsFinding()
    {
        var plan = _calculator.Plan("二审判决去年3月就生效了，今年10月12日我才找到一份能推翻判决的新证据，想申请再审，最晚哪天？", ["retrial-6m", "retrial-new-evidence-6m"], Today);
        Assert.Contains("retrial-new-evidence-6m 2026-10-12 → 2027-04-12", Dates(plan), StringComparison.Ordinal);
    }

    /// <summary>New evidence without the day it was found: the judgment's six months are still given (07-15 → 2027-01-15, Fri).</summary>
    [Fact]
    public void NewEvidenceWithoutItsDate_KeepsTheJudgmentsPeriod()
    {
        var plan = _calculator.Plan("二审判决2026年7月15日生效，我手上有新证据，想申请再审，最晚哪天？", ["retrial-6m", "retrial-new-evidence-6m"], Today);
        Assert.Equal("retrial-6m 2026-07-15 → 2027-01-15", Dates(plan));
    }
}
