using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// Kinds from lexicon.yaml: the writer in danger from someone else right now (hiding indoors from a man with a knife or a
/// drunk husband, the door being broken) or someone bleeding or unconscious now is a crisis (110/120, a person alerted);
/// the same harm told afterwards as a grievance is not.
/// </summary>
public sealed class DangerNowTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    private static SafetyAssessment Assess(string text) => Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text, []);

    [Theory]
    [InlineData("他喝醉了又在打我，我现在锁在卫生间里不敢出来", "in-danger-now")]
    [InlineData("我男人提着刀在外面砸门，说要砍死我，我跟孩子躲在房间里不敢出声", "in-danger-now")]
    [InlineData("我妈被村里的人推倒了，现在头上一直在流血", "other-bleeding-now")]
    [InlineData("我爸刚才被人打了，现在叫不醒", "other-bleeding-now")]
    public void Assess_DangerFromSomeoneElseNow_IsACrisis(string text, string rule)
    {
        var a = Assess(text);

        Assert.Contains(a.Lexicon.Fired, f => f.StartsWith(rule + "(", StringComparison.Ordinal));
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    [Theory]
    [InlineData("去年被人打了，当时流了很多血，派出所到现在也不立案怎么办")]
    [InlineData("上个月我老公喝醉酒打了我，我躲到了娘家，现在想离婚，财产怎么分")]
    [InlineData("工地上砸伤了手，缝了八针，老板不给报销医药费")]
    [InlineData("新闻里说有个女的被家暴后躲在厕所里，这种情况能申请保护令吗")]
    public void Assess_HarmToldAfterwards_FiresNoDangerRule(string text)
    {
        var a = Assess(text);

        Assert.DoesNotContain(a.Lexicon.Fired, f => f.StartsWith("in-danger-now(", StringComparison.Ordinal) || f.StartsWith("bleeding-now(", StringComparison.Ordinal));
    }
}
