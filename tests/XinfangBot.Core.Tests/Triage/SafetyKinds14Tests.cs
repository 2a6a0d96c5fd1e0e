using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added to lexicon.yaml in session 14 (issue 7), each with a harmless look-alike. The messages
/// are written for these tests; none is taken from an evaluation set or a probe.</summary>
public sealed class SafetyKinds14Tests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    private static SafetyAssessment Assess(string text) => Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text);

    private static void AssertCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    private static void AssertThreat(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Threat, a.Kind);
    }

    private static void AssertNotRaised(string text)
    {
        var a = Assess(text);
        Assert.False(a.IsAlarm, a.Reason);
    }

    /// <summary>Grievances that name death, fire, blood or a weapon in another sense: a count of the dead animals, a road to
    /// ruin said of a complaint, suicide as an insurer's term, blood from a clinic, the weapons of a demolition crew told by
    /// the one who faced them, a fire that happened, a price named as compensation after a lawsuit.</summary>
    [Theory]
    [InlineData("鸡场旁边的河被人倒了脏水，淹死了好几百只鸭子，找环保局有用吗")]
    [InlineData("村干部说我再往上反映就是自寻死路，这是不是威胁")]
    [InlineData("我姐去年跳河走了，保险公司说自杀免责不理赔，我们能起诉吗")]
    [InlineData("在社区医院抽血，护士扎了三次，血流了一手臂，我要投诉")]
    [InlineData("开发商来强拆的时候他们拿着钢管，我吓得不敢出声，这个能报警追责吗")]
    [InlineData("厂里仓库前天着了一场大火，机器都烧了，物业说不归他们管")]
    [InlineData("我已经把物业告上法庭了，一定要让他们付出代价，赔我的装修损失")]
    public void Assess_DeathFireBloodInAnotherSense_IsNotRaised(string text) => AssertNotRaised(text);

    [Theory]
    [InlineData("我割了手腕，血一直在流，止不住")]
    [InlineData("保险我早就买好了，受益人写的是我女儿，我自杀的话她能拿到钱吧")]
    public void Assess_TheSameWordsAsTheWritersOwnAct_StillAlarm(string text) => AssertCrisis(text);

    /// <summary>A lawful word that describes the target (举报我的人, 害我坐牢的那个人, 法院那个法官) is not a lawful plan: the threat stands.</summary>
    [Theory]
    [InlineData("我迟早要去找那个举报我的人算账，让他知道厉害")]
    [InlineData("害我坐了三年牢的那个人，我出来了，第一件事就是弄死他")]
    [InlineData("信访局的那个主任推了我一把，我下次去一定捅他几刀")]
    public void Assess_ThreatWhoseTargetIsDescribedByALawfulWord_IsThreat(string text) => AssertThreat(text);

    [Theory]
    [InlineData("我明天就去法院起诉那个打我的人，让他付出法律的代价")]
    [InlineData("我要去纪委举报那个收钱的干部，材料已经准备好了")]
    public void Assess_LawfulPlanAgainstAPersonDescribed_IsNotRaised(string text) => AssertNotRaised(text);
}
