using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>
/// Session 19's dated kinds (own wordings; dates computed by hand, see Cases/messages.jsonl for the dated ones): a time
/// gone by told instead of the date warns that the retrial's six months may have run or be near their end, never that
/// they have; a week or a month before last is two back, not one.
/// </summary>
public sealed class Dated19Tests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private readonly DeadlineCalculator _calculator = new(DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml")));

    [Theory]
    [InlineData("判决书拿到手已经七个多月了", "已经七个多月", 2026, 5, 7, false)]
    [InlineData("二审下来都半年多了", "都半年多", 2026, 6, 7, false)]
    [InlineData("终审判决快一年了", "快一年", 2026, 1, 7, true)]
    [InlineData("已经五个半月了", "已经五个半月", 2026, 6, 22, false)]
    public void ElapsedSince_ReadsTheTimeAndTheLatestEventDay(string text, string words, int y, int m, int d, bool almost)
    {
        var found = Assert.Single(DateExtractor.ElapsedSince(text, Today));
        Assert.Equal((words, new DateOnly(y, m, d), almost), (found.Words, found.Latest, found.Almost));
    }

    [Theory]
    [InlineData("在这个厂干了五个月")]
    [InlineData("三个月前收到的判决")]
    [InlineData("半年多没回家")]
    public void ElapsedSince_NoTimeGoneBy_FindsNothing(string text) =>
        Assert.Empty(DateExtractor.ElapsedSince(text, Today));

    [Theory]
    [InlineData("二审维持原判，判决书送到我手里已经七个多月了，还能申请再审吗", true)]
    [InlineData("中院终审判我败诉，到现在都半年多了，想申请再审", true)]
    [InlineData("二审判决送达已经五个半月了，想申请再审", false)]
    public void Plan_RetrialWithTimeGoneBy_WarnsInWords(string text, bool over)
    {
        var plan = _calculator.Plan(text, ["retrial-6m"], Today);
        Assert.Empty(plan.Computed);
        var words = Assert.Single(plan.InWords, p => p.Rule.Id == "retrial-6m");
        Assert.Equal((true, over), (words.Elapsed is not null, words.ElapsedOver));
    }

    /// <summary>An organ's act revoked (撤销了拘留决定) with a court asked about is no arbitral award set aside: the labour
    /// rule's 15 days after the court's ruling (劳动争议调解仲裁法第四十九条) is neither dated nor said.</summary>
    [Theory]
    [InlineData("派出所的拘留9月份就被市公安局撤销了，我10月8号递了国家赔偿申请，一直没答复，是不是要去法院起诉？")]
    [InlineData("城管的罚款决定上个月15号被区政府撤销了，罚款还没退，我能去法院告吗")]
    public void Plan_ActRevokedByAnOrgan_IsNoAwardSetAside(string text)
    {
        string[] topic = ["labor-award-annulled-sue-15d", "state-compensation-decide-2m", "state-compensation-silence-sue-3m"];
        var plan = _calculator.Plan(text, topic, Today);

        Assert.DoesNotContain(plan.Computed, c => c.Rule.Id == "labor-award-annulled-sue-15d");
        Assert.DoesNotContain(plan.InWords, p => p.Rule.Id == "labor-award-annulled-sue-15d");
    }

    [Fact]
    public void Plan_RetrialWithTimeFarFromTheEnd_SaysNoMore()
    {
        var plan = _calculator.Plan("二审判决送达已经两个月了，想申请再审", ["retrial-6m"], Today);
        var words = Assert.Single(plan.InWords, p => p.Rule.Id == "retrial-6m");
        Assert.Null(words.Elapsed);
    }
}
