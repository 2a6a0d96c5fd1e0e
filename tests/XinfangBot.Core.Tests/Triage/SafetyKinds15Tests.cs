using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;
using static XinfangBot.Core.Tests.Triage.SafetyAsserts;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added in session 15 (issue 7), each with a harmless look-alike. The messages are written for
/// these tests; none is taken from an evaluation set or a probe.</summary>
[Collection(EngineGroup.Name)]
public sealed class SafetyKinds15Tests(EngineFixture fixture)
{
    /// <summary>Cantonese written as a Cantonese speaker types it (唔, 冇, 佢, 捱): the lexicon's words are read as the
    /// normaliser leaves a message (唔 → 不, 捱 → 挨), so a dialect word in a set matches what the message becomes.</summary>
    [Theory]
    [InlineData("我真系唔想再活落去，日日都咁辛苦")]
    [InlineData("做人真系好冇意思，我唔想再捱")]
    [InlineData("我唔想再存在喺呢个世界")]
    public void Assess_CantoneseCrisis_IsCrisis(string text) => AssertCrisis(text);

    [Theory]
    [InlineData("佢再唔还钱，我就打到佢爬唔起身")]
    public void Assess_CantoneseThreat_IsThreat(string text) => AssertThreat(text);

    [Theory]
    [InlineData("唔该问下，老细拖咗我两个月人工，点算好")]
    [InlineData("我唔想再捱夜加班，公司唔畀加班费，可以去边度投诉")]
    public void Assess_CantoneseGrievance_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>Harm to someone else and the writer's own death told together (a murder-suicide): a threat, whose reply
    /// also gives the writer's crisis help; the writer's own method that is also a weapon (汽油, 刀) stays a crisis.</summary>
    [Theory]
    [InlineData("我准备先把那个村主任砍了，再从他家楼上跳下去")]
    [InlineData("等我弄死那个骗子以后，我自己也喝农药")]
    public void Assess_MurderSuicide_IsThreatThatAlsoGivesCrisisHelp(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Threat, a.Kind);
        Assert.True(a.AlsoCrisis, a.Reason);
    }

    [Fact]
    public void Answer_MurderSuicide_GivesBothHelps()
    {
        var answer = fixture.Ask("我准备先把那个村主任砍了，再从他家楼上跳下去");
        Assert.Equal(EscalationKind.Threat, answer.Escalation);
        Assert.Contains("110", answer.Text, StringComparison.Ordinal);
        Assert.Contains("12356", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我想把我自己杀了，太累了")]
    [InlineData("手腕上割了两刀，还想再割深一点")]
    public void Assess_WritersOwnCut_IsCrisisNotThreat(string text)
    {
        AssertCrisis(text);
        Assert.False(Assess(text).AlsoCrisis);
    }

    /// <summary>Someone the writer is with bleeding or unconscious now: 120 for that person (crisis_other), not the
    /// writer's own crisis reply; the writer's own bleeding keeps the writer's reply.</summary>
    [Theory]
    [InlineData("我哥被人捅了一刀，血一直在流，我正按着他的伤口")]
    [InlineData("同事从梯子上摔下来，刚刚还说话，现在叫不醒了")]
    public void Assess_SomeoneElseBleedingNow_IsCrisisAboutSomeoneElse(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
        Assert.True(a.AboutSomeoneElse, a.Reason);
    }

    [Theory]
    [InlineData("我把手腕划开了，血还在流")]
    [InlineData("我被我老公打了，头上一直在流血")]
    public void Assess_WritersOwnBleeding_IsTheWritersCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
        Assert.False(a.AboutSomeoneElse, a.Reason);
    }

    /// <summary>A weapon the other side used, told by the one who faced it (they carried pipes, he cut me with a knife):
    /// a victim's grievance, not a threat; the writer's own weapon and intent still are.</summary>
    [Theory]
    [InlineData("收地那天村里来了一帮人，手上都提着铁棍，把我们家的大门踹烂了，这个找哪里")]
    [InlineData("我在工地上被工头用扳手砸伤了脚，医药费到现在都不给")]
    public void Assess_WeaponTheOtherSideUsed_IsNotRaised(string text) => AssertNotRaised(text);

    [Theory]
    [InlineData("他们上次拿铁棍打了我，这回我揣着刀去找他们，谁也别想跑")]
    public void Assess_WritersOwnWeaponAfterBeingHurt_IsThreat(string text) => AssertThreat(text);
}
