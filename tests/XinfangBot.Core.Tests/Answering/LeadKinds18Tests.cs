using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>Kinds of message found wrong in session 18 (the lead's part of issues 7, 8 and 9). The messages are written for
/// these tests; none is taken from an evaluation set or a probe.</summary>
[Collection(EngineGroup.Name)]
public sealed class LeadKinds18Tests(EngineFixture fixture)
{
    /// <summary>A matter set aside for now (那个先放着, 这事先放一放) is a turn to something else: it never reaches a person
    /// as a threat (the character model read 放 like 放火).</summary>
    [Theory]
    [InlineData("那个先放着")]
    [InlineData("那个事先放一放，我想问问离婚的事")]
    [InlineData("工资的事先搁着，邻居家的狗天天叫怎么办")]
    public void SetAside_IsNoAlarm(string text) => Assert.Null(fixture.Ask(text).Escalation);

    /// <summary>A criminal case's 不予立案 is reviewed under the criminal procedure law: no 行政复议 date is counted from the
    /// notice's date (立案 inside 不予立案 is no 立案), and the answer says the notice's own period applies.</summary>
    [Fact]
    public void CriminalNonFiling_GetsNoReconsiderationDate()
    {
        var answer = fixture.Ask("我被人网上刷单骗了三万，去公安局报案，10月30日拿到不予立案通知书，我想申请复议，最晚哪天？");
        Assert.DoesNotContain("最迟应在", answer.Text);
        Assert.DoesNotContain("12月29日", answer.Text);
        Assert.Contains("以通知书上写明的为准", answer.Text);
        Assert.Contains("不适用行政复议法规定的复议申请期限", answer.Text);
        Assert.Equal("xinfang-gongzuo-tiaoli-2022#31", answer.Citations[0]);
    }

    /// <summary>A clause asking about a remedy for the matter told (我不服能申请复议吗) is a step of that matter, not a second
    /// matter for 行政复议; a penalty named in its own clause still is.</summary>
    [Fact]
    public void RemedyAskedForTheMatterTold_IsNoSecondMatter()
    {
        var answer = fixture.Ask("我家的羊被人偷了报了警，派出所拖了两个月也不给立案，我不服，能申请复议吗？");
        Assert.DoesNotContain(answer.Sections, s => s.Kind == SectionKind.Also);
    }

    [Fact]
    public void PenaltyInItsOwnClause_IsStillTheSecondMatter()
    {
        var answer = fixture.Ask("咨询两件事：一是同事借我两万块到期不还，二是我的小饭馆被市场监管局罚款五千我不服");
        Assert.Contains("administrative-reconsideration", answer.Channels);
    }

    /// <summary>The crisis reply also says what to do when the one in danger is a relative or someone nearby: a message
    /// about another person that the lexicon reads as the writer's own still tells to call for that person and stay with
    /// them (most such messages got the writer's reply alone, an outsider found).</summary>
    [Fact]
    public void CrisisReply_AlsoTellsWhatToDoForSomeoneElse()
    {
        var answer = fixture.Ask("厂子倒闭了工钱也要不回来，日子过不下去，我不想活了");
        Assert.Equal(EscalationKind.Crisis, answer.Escalation);
        Assert.Contains("家人或身边的人", answer.Sections[0].Lines[0], StringComparison.Ordinal);
        Assert.Contains("12356", answer.Sections[0].Lines[0], StringComparison.Ordinal);
    }

    /// <summary>Someone else holding the means, told in reported speech (跟我说她把安眠药拿出来了…就吃), and a colleague or
    /// friend (我同事, 我朋友) as the one at risk: the help is for that person (crisis_other). Spraying pesticide on a field is
    /// not.</summary>
    [Theory]
    [InlineData("我妈打电话跟我说她把安眠药都拿出来了，说再不给她答复她就吃")]
    [InlineData("我同事现在站在公司楼顶上，喊着说工资再不给就跳")]
    [InlineData("我朋友刚在朋友圈说对不起大家，配了张江边的照片，现在电话打不通")]
    public void SomeoneElseWithTheMeansOrAFarewell_GetsHelpForThem(string text)
    {
        var answer = fixture.Ask(text);
        Assert.Equal(EscalationKind.Crisis, answer.Escalation);
        Assert.Contains("对方", answer.Sections[0].Lines[0], StringComparison.Ordinal);
    }

    /// <summary>Property lost to a flood, a fire or a quake is a loss told, never raised by the model alone (the model read 房子冲没了
    /// as an end at 0.75); despair told with it still is.</summary>
    [Theory]
    [InlineData("去年发洪水房子被冲没了，说好的重建补助到现在也没到位")]
    [InlineData("一场火灾把我的铺子烧光了，保险公司推来推去不赔")]
    public void DisasterLoss_IsNoAlarm(string text) => Assert.Null(fixture.Ask(text).Escalation);

    [Fact]
    public void DisasterLossWithDespair_IsACrisis() =>
        Assert.Equal(EscalationKind.Crisis, fixture.Ask("洪水把房子冲没了，补助也不给，我也不想活了").Escalation);
}
