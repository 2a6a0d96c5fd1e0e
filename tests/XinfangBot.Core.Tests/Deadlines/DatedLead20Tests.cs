using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>
/// Kinds found on session 20's held-out dated set after the merge (own wordings; last days computed by hand, weekdays
/// checked with `date -d`): an act learnt of later than it was made counts from the knowing (行政诉讼法第四十六条), a
/// 复查意见 received by post from its receipt (信访工作条例第三十六条), and new evidence found lately from its finding
/// (民事诉讼法第二百一十六条) — each had been told as passed, or too early, from the document's date.
/// </summary>
public sealed class DatedLead20Tests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private readonly DeadlineCalculator _calculator = new(DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml")));

    private static string Dates(DeadlinePlan plan) =>
        string.Join(" | ", plan.Computed.Select(c => $"{c.Rule.Id} {c.Event.Date:yyyy-MM-dd} → {c.LastDay:yyyy-MM-dd}"));

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
