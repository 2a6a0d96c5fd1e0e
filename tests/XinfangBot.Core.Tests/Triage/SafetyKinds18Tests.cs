using static XinfangBot.Core.Tests.Triage.SafetyAsserts;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added in session 18 (issue 7), each with a harmless look-alike. The messages are written for
/// these tests; none is taken from an evaluation set or a probe.</summary>
public sealed class SafetyKinds18Tests
{
    /// <summary>A last lawful visit followed by the writer's own death-day or body to collect: the visit does not silence it.</summary>
    [Theory]
    [InlineData("周五我最后一次去县信访局，还是推给镇里的话，那天就当我的忌日")]
    [InlineData("这是我最后一次找你们了，再没结果，到时候派人来给我收尸")]
    public void Assess_LastVisitThenOwnGrave_IsCrisis(string text) => AssertCrisis(text);

    [Theory]
    [InlineData("周五我最后一次去县信访局交补充材料，还不受理就去法院起诉")]
    [InlineData("放贷的打电话说知道我单位在哪，过几天来给我收尸，这是不是敲诈")]
    public void Assess_LastVisitOrCollectorsWords_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>English: an end, a wish not to live, a goodbye made final; a threat with a target.</summary>
    [Theory]
    [InlineData("I can't do this anymore. I won't be around by tomorrow, tell my son I'm sorry")]
    [InlineData("nobody listens. this is my last message, goodbye everyone")]
    public void Assess_EnglishEnd_IsCrisis(string text) => AssertCrisis(text);

    [Theory]
    [InlineData("I'm going to kill that manager if he doesn't pay me what he owes")]
    public void Assess_EnglishThreat_IsThreat(string text) => AssertThreat(text);

    [Theory]
    [InlineData("Goodbye and thank you, I will bring the documents to the labour bureau on Monday")]
    [InlineData("My landlord kept my deposit. Is there a deadline to complain?")]
    public void Assess_EnglishOrdinary_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>Targets listed with none to escape; poison put in someone's drink; a building nobody will live in.</summary>
    [Theory]
    [InlineData("镇长、拆迁办主任，还有那个开发商，谁也跑不了")]
    [InlineData("我在他的汤里掺了一包百草枯，这回他不会再打人了")]
    [InlineData("不把房款退给我们，那个楼盘谁都别想住")]
    public void Assess_TargetsPoisonOrBuilding_IsThreat(string text) => AssertThreat(text);

    [Theory]
    [InlineData("镇长、拆迁办主任，还有那个开发商，我都写进了举报信")]
    [InlineData("医生说酒对他就是毒药，他还是天天喝，我能申请离婚吗")]
    [InlineData("城管昨天又把人带走了，摊子也收了，有没有说法")]
    public void Assess_LookAlikes_AreNotRaised(string text) => AssertNotRaised(text);

    /// <summary>A child beaten and silent now is someone else at risk: crisis help for that child.</summary>
    [Theory]
    [InlineData("对门的小男孩被他后妈用衣架抽了好久，这会儿一点动静都没了")]
    public void Assess_ChildBeatenSilent_IsCrisis(string text) => AssertCrisis(text);

    [Theory]
    [InlineData("对门的小孩晚上哭闹，我敲门提醒了一次，他们说我多管闲事")]
    public void Assess_ChildNoise_IsNotRaised(string text) => AssertNotRaised(text);
}
