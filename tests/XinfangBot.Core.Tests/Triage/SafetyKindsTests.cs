using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added to lexicon.yaml in session 12, each with a harmless look-alike.</summary>
public sealed class SafetyKindsTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    private static SafetyAssessment Assess(string text) => Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text);

    /// <summary>"一个人站在…" is the writer alone at the place, not a third person as the subject.</summary>
    [Theory]
    [InlineData("一个人站在十八楼的阳台外面，风很大")]
    [InlineData("一个人坐在江堤上，不想回去了")]
    public void Assess_AloneAtAPlaceOfDanger_IsCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    [Fact]
    public void Assess_SomeoneElseAtAPlaceOfDanger_IsStillAThirdPerson() =>
        Assert.DoesNotContain(Assess("有一个人站在桥上，好像要往下跳，我该报警吗").Lexicon.Fired, f => f.StartsWith("danger-place", StringComparison.Ordinal));

    /// <summary>Sleeping pills gathered bit by bit (凑了), and the calm after affairs are settled.</summary>
    [Theory]
    [InlineData("我从药店分了好几次买安眠药，现在已经凑了六十多片。")]
    [InlineData("该还的账都还清了，该交代的也交代了，我心里从来没这么安静过。")]
    public void Assess_PillsGatheredOrCalmAfterSettling_IsCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    [Theory]
    [InlineData("材料我凑了好几天才凑齐，心里从来没这么平静过，终于可以交上去了")]
    [InlineData("医生给我开了安眠药，每天睡前吃半片，失眠好多了")]
    public void Assess_PapersGatheredOrMedicineAsCare_IsNotRaised(string text) =>
        Assert.False(Assess(text).IsAlarm, Assess(text).Reason);

    /// <summary>An official's private use of the office car to fetch a child from school is misconduct reported, not watching
    /// a target (上下学 is a stalking word only with intent).</summary>
    [Theory]
    [InlineData("我们站长每天开着单位的车送他女儿上下学，能不能举报？")]
    [InlineData("科长天天用单位的小车接孩子上下学，加油费还报销")]
    public void Assess_OfficeCarUsedForAChildsSchoolRun_IsNotRaised(string text) =>
        Assert.False(Assess(text).IsAlarm, Assess(text).Reason);

    /// <summary>
    /// Threats whose target comes first (去他家杀人), a third person met as the object (见到他就让他见血), and someone hired to
    /// beat the target (找人打到他入医院: the writer's own intent, not a victim's words).
    /// </summary>
    [Theory]
    [InlineData("我已经想好了，下次见到他就让他见血。")]
    [InlineData("我会搵人打到佢入医院，佢以为我唔敢？")]
    [InlineData("我孩子在外地打工。他不还钱，我就去他家杀人。")]
    public void Assess_ThreatWithTargetFirstOrHiredBeating_IsThreat(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Threat, a.Kind);
    }

    [Theory]
    [InlineData("他放话说要找人打到我入医院，我该报警吗？")]
    [InlineData("听说他前几年去他舅舅家杀人，被判了十年。")]
    public void Assess_ThreatAgainstTheWriterOrNews_IsNotRaised(string text) =>
        Assert.False(Assess(text).IsAlarm, Assess(text).Reason);

    /// <summary>
    /// The writer's own stall or shop at a place (a new user's trial: 我就在门口摆了个摊 was raised by the model alone at
    /// 0.80): never raised by the model alone nor as a place of danger; despair in the same message still counts.
    /// </summary>
    [Theory]
    [InlineData("我就在门口摆了个摊")]
    [InlineData("我在桥头摆了个摊")]
    [InlineData("我在桥边开了家小卖部，被说是违建要拆。")]
    public void Assess_OwnStallOrShop_IsNotRaised(string text) =>
        Assert.False(Assess(text).IsAlarm, Assess(text).Reason);

    [Fact]
    public void Assess_OwnStallWithDespair_StillAlarms() =>
        Assert.True(Assess("我在门口摆了个摊，生意赔光了，不想活了").IsAlarm);

    /// <summary>Places of danger named by the road, the rails or still water, and a parent's goodbye to a child.</summary>
    [Theory]
    [InlineData("我坐在高速公路的护栏上，车一辆一辆从我身边开过去。")]
    [InlineData("我蹲在火车道旁边，听见远处有汽笛声。")]
    [InlineData("我到了村后头那个深水塘边上，这里没人。")]
    [InlineData("孩子，妈妈要走了，你以后要听奶奶的话。")]
    public void Assess_PlaceOfDangerOrGoodbyeToAChild_IsCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    [Theory]
    [InlineData("他们开着挖掘机把我家的地推平了，这合法吗？")]
    [InlineData("我家就住在铁路边上，火车噪音太大了，能投诉吗？")]
    [InlineData("村里的池塘被人承包了，我们放水浇地不让用，找谁？")]
    public void Assess_ThePlaceOrTheMachineInAGrievance_IsNotRaised(string text) =>
        Assert.False(Assess(text).IsAlarm, Assess(text).Reason);
}
