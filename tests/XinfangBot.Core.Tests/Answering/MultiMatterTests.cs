using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Several matters in one sentence, clause after clause: a clause told as one more thing (二是…, 而且…, 还…) that a
/// routing rule alone sends to a guide for another channel is named as a second matter with its channel; a clause of the
/// first matter's own story is not.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class MultiMatterTests(EngineFixture fixture)
{
    [Fact]
    public void ListedSecondItem_ThatAnOrgansPenaltyRuleRoutes_GetsItsChannel()
    {
        var answer = fixture.Ask("咨询一下：一是邻居借我五万块到期不还，二是我的网吧被文旅局罚款两万我不服");
        Assert.Contains("administrative-reconsideration", answer.Channels);
        Assert.Contains(answer.Channels, c => c is "civil-litigation" or "mediation");
        Assert.Contains(answer.Sections, s => s.Kind == SectionKind.Also);
    }

    [Fact]
    public void MessageSayingItHasAnotherMatter_CitesEachMattersGoverningArticleAmongTheFirstThree()
    {
        var answer = fixture.Ask("厂里拖欠我三个月工资不给。另外我在网上买的电饭煲坏了商家不给退");
        var kb = fixture.Knowledge.Current;
        var first = kb.Get(answer.TopicId!)!;
        var second = new[] { "guide/unpaid-wages", "guide/consumer" }.Single(id => id != first.Id);

        var laws = answer.Citations.Where(c => kb.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains(laws, first.Cites.Contains);
        Assert.Contains(laws, kb.Get(second)!.Cites.Contains);
    }

    /// <summary>Wages owed told without a keyword as written (欠了我…工资), beside an injury at work marked as one more thing
    /// (还…): the clause read alone names the wages, so they are answered too.</summary>
    [Fact]
    public void WagesOwedInTheirOwnWordsBesideAnInjury_AreTheSecondMatter()
    {
        var answer = fixture.Ask("在砖厂干了八个月，老板一共欠了我五个月的工资，上礼拜搬砖还把脚砸骨折了，工伤能认吗");
        Assert.Equal("guide/work-injury", answer.TopicId);
        Assert.Contains("labor-inspection", answer.Channels);
        Assert.Contains(answer.Sections, s => s.Kind == SectionKind.Also);
    }

    [Fact]
    public void DetentionToldInAClaimForCompensation_IsNoSecondMatter()
    {
        var answer = fixture.Ask("我被派出所刑事拘留了二十天，后来检察院不批捕放了我，这期间的损失能要国家赔偿吗");
        Assert.Equal("state-compensation", answer.Channels[0]);
        Assert.DoesNotContain("police", answer.Channels);
    }
}
