using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>Kinds of message whose governing article was cited too late, found in session 20 (issue 9's citation hit@3).
/// The messages are written for these tests; none is taken from an evaluation set or a probe.</summary>
[Collection(EngineGroup.Name)]
public sealed class CitationKinds20Tests(EngineFixture fixture)
{
    [Theory]
    // A work injury already recognised, its benefits refused: the benefits dispute goes the labour-dispute way (第五十四条),
    // not the application for recognition (第十七条) and its one-year period.
    [InlineData("工伤已经认定了，评的九级，公司说伤残补助一分不给", "gongshang-baoxian-tiaoli-2010#54")]
    [InlineData("拿到了工伤认定书，可老板还是不肯出医疗费", "gongshang-baoxian-tiaoli-2010#54")]
    // Grade seven to ten, the contract ended: the employer's one-off disability employment allowance (第三十七条).
    [InlineData("八级伤残，劳动合同到期公司不续签，一次性伤残就业补助金也不给", "gongshang-baoxian-tiaoli-2010#37")]
    // The labour bureau refused to recognise the injury: review or suit against that decision (第五十五条).
    [InlineData("社保局不给我认定工伤，说我是自己不小心摔的", "gongshang-baoxian-tiaoli-2010#55")]
    // A civil case accepted long ago and neither heard nor decided: the trial period (民事诉讼法第一百五十二条).
    [InlineData("法院立案都十个月了，一直没开庭也没个说法", "minshi-susong-fa-2023#152")]
    [InlineData("官司打了快一年，法官就是拖着不判", "minshi-susong-fa-2023#152")]
    // A court that will not accept a suit: accept within seven days or rule it inadmissible, the ruling open to appeal (第一百二十六条).
    [InlineData("递了诉状，法院一直说不收，也不出不予受理的裁定", "minshi-susong-fa-2023#126")]
    // A labour award in force that the employer ignores: apply to the court for enforcement (劳动争议调解仲裁法第五十一条).
    [InlineData("劳动仲裁我赢了，裁决书下来两个月公司还是一分不付", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#51")]
    // Goods seized or sealed by an administrative organ and lost: administrative compensation for property (国家赔偿法第四条).
    [InlineData("城管把我摊子上的货全拉走了，后来说处理错了，东西却少了一半，能申请国家赔偿吗", "guojia-peichang-fa-2012#4")]
    public void Answer_CitesTheGoverningArticleAmongTheFirstThree(string message, string article)
    {
        var answer = fixture.Ask(message);

        var laws = answer.Citations.Where(c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains(article, laws);
    }

    /// <summary>A recognised injury is past its application: the one-year period to apply does not lead the answer.</summary>
    [Fact]
    public void RecognisedInjury_DoesNotLeadWithTheApplication()
    {
        var answer = fixture.Ask("工伤认定下来了，厂里还是不给我报销药费");

        Assert.NotEqual("gongshang-baoxian-tiaoli-2010#17", answer.Citations[0]);
    }

    /// <summary>A follow-up asking what to bring to arbitration cites the article on the written application (劳动争议调解仲裁法第二十八条).</summary>
    [Fact]
    public void ArbitrationMaterials_FollowUp()
    {
        var answer = fixture.Ask("那申请仲裁得带哪些材料", new Turn(Turn.UserRole, "单位说我不服从安排把我开了，补偿一分没有"), new Turn(Turn.BotRole, "可以向劳动争议仲裁委员会申请劳动仲裁，时效一年。"));

        var laws = answer.Citations.Where(c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains("laodong-zhengyi-tiaojie-zhongcai-fa-2007#28", laws);
    }

    /// <summary>A suggestion left unanswered: the organ's duty to tell what became of it (信访工作条例第二十三条) leads.</summary>
    [Fact]
    public void UnansweredSuggestion_CitesTheNotice()
    {
        var answer = fixture.Ask("在市长信箱提了修路的建议，过了好久一直没有回复");

        var laws = answer.Citations.Where(c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains("xinfang-gongzuo-tiaoli-2022#23", laws);
    }
}
