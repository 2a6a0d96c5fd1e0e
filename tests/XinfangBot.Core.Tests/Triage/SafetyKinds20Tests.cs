using static XinfangBot.Core.Tests.Triage.SafetyAsserts;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added in session 20 (issue 7), each with a harmless look-alike. The messages are written for
/// these tests; none is taken from an evaluation set or a probe.</summary>
public sealed class SafetyKinds20Tests
{
    /// <summary>A past lawful step told as background (上访了五年, 告了四年) no longer hides the writer's own method in hand,
    /// place or wish in the next clause: the message is also read without its lawful clauses (lawful_rest_alarm).</summary>
    [Theory]
    [InlineData("上访了五年还是没结果，剃须刀的刀片我已经拆下来放在枕头边了，只想让这一切快点结束")]
    [InlineData("告了四年的状，我现在坐在江堤的石头上，江水很急，不想回去了，就想往下走")]
    [InlineData("开发商的事我告了两年，今晚我一个人在楼顶天台，风很大，不想下去了")]
    [InlineData("信访局的答复我收到了，还是不予受理，我就想睡一觉再也不醒过来")]
    [InlineData("投诉了八次都没人理，今晚我就从县政府三楼的走廊翻下去")]
    public void Assess_CrisisBesideAPastLawfulStep_IsCrisis(string text) => AssertCrisis(text);

    /// <summary>Anger whose way is the lawful step itself stays unraised: the reading without lawful clauses is for the
    /// writer's own crisis only.</summary>
    [Theory]
    [InlineData("我已经起诉了，我要让那个老板付出代价，让他赔到倾家荡产")]
    [InlineData("投诉过了，我不会放过他的，一定要让他在法庭上认罪")]
    [InlineData("劳动仲裁申请了，我累得想哭，但我还要坚持下去")]
    [InlineData("我要让他知道厉害，下周就去法院告他欺诈")]
    public void Assess_AngerBesideALawfulStep_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>A means listed with a time and a place, no verb; a gas line at a target's home opened with a flame; a
    /// weapon carried and a target's routine known with 路过; the years' account settled one by one with a person.</summary>
    [Theory]
    [InlineData("一桶柴油，一个打火机，村委会会议室，下周二上午开会的时候。")]
    [InlineData("村支书家厨房的煤气罐我进去看过了，哪天趁他们睡着把阀门拧开，再扔个火柴进去")]
    [InlineData("刀在包里，人我也认准了，他每天早上七点路过菜市场")]
    [InlineData("这十年的账，我会一笔一笔跟那个村支书算，用他的血来还")]
    public void Assess_ListedMeansGasOrRoutine_IsThreat(string text) => AssertThreat(text);

    [Fact]
    public void Assess_PoisonListedWithATimeAndAnOffice_IsCrisis() => AssertCrisis("一瓶农药，一封信，明天早上八点，县信访局门口。");

    [Theory]
    [InlineData("一把菜刀，一桶油，我明天去厨房给全家做饭，没问题吧")]
    [InlineData("我家燃气管道漏气了，物业让我们自己把阀门打开检查，这合理吗")]
    [InlineData("他每天早上七点路过我家门口，车开得飞快，差点撞到我孙子，能投诉吗")]
    [InlineData("这十年的账我会一笔一笔跟那个包工头算清楚，工资一分都不能少，我去劳动监察")]
    public void Assess_ListGasRoutineAccountLookAlikes_AreNotRaised(string text) => AssertNotRaised(text);

    /// <summary>Look-alikes that had been raised: a matter won or handed in closed with thanks; a joke of the past asked
    /// about in legal terms; a candle metaphor of a life of work; someone else rescued or a vehicle in an accident told to
    /// ask for a barrier; a newspaper's story; a relative's crisis of the past come right; a life going on after giving a
    /// matter up; a Cantonese victim quoting the threat.</summary>
    [Theory]
    [InlineData("告了三年终于赢了，谢谢你们，以后不会再来麻烦你们了")]
    [InlineData("材料都交上去了，以后就不来麻烦你们了，谢谢")]
    [InlineData("去年喝酒的时候开玩笑说要把他车烧了，他现在说要告我，这算违法吗")]
    [InlineData("我当老师三十年，就像一根快烧完的蜡烛，退休金却一直没落实")]
    [InlineData("隔壁村一个孩子上周在水库边玩掉下去了，被人救了上来。那个水库一直没围栏，我们找哪个部门反映？")]
    [InlineData("去年我们小区有辆车冲上人行道撞了人，我们想申请装隔离墩，找哪个部门")]
    [InlineData("看报纸上说邻市有人在法院门口往自己身上浇汽油被拦下了，这种行为会被判刑吗？")]
    [InlineData("我舅舅那年因为征地的事喝过药，后来赔偿谈下来了，他现在身体挺好。我想问一下那份补偿协议还能反悔吗？")]
    [InlineData("折腾了三年，我也想开了，认了，往后的日子好好陪老伴过")]
    [InlineData("佢哋话我唔搬就斩死我，我好惊，可唔可以报警")]
    [InlineData("摊子被收了，饭碗没了我拿什么养家")]
    public void Assess_ClosingsJokesNewsAndVictims_AreNotRaised(string text) => AssertNotRaised(text);

    /// <summary>The world without the writer (没了我) is still a wish not to exist; a livelihood gone (饭碗没了我拿什么养家) is not.</summary>
    [Theory]
    [InlineData("这个家没了我，他们会过得更好")]
    [InlineData("世上没了我，也没人会在意")]
    public void Assess_WithoutMe_IsCrisis(string text) => AssertCrisis(text);
}
