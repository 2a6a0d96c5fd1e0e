using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// Kinds from lexicon.yaml: ruin told in the first person (a life finished, everything lost, no tomorrow) is half a
/// signal the model completes; a short message that only tells of a business failing is never raised by the model;
/// money held back (补贴扣着不发) is a thing held, not a person held.
/// </summary>
public sealed class SafetyRuinBusinessTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    private static SafetyAssessment Assess(string text, params string[] earlier) =>
        Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text, earlier.Select(e => Rules.Normalizer.Normalize(e).Text).ToList());

    [Theory]
    [InlineData("我的人生已经毁了，没有翻身的可能")]
    [InlineData("我现在一无所有了，不知道明天在哪")]
    public void Assess_RuinInTheFirstPerson_IsHalfASignal(string text)
    {
        var a = Assess(text);
        Assert.Contains(a.Lexicon.Fired, f => f.StartsWith("ruin", StringComparison.Ordinal));
        Assert.True(a.IsAlarm, a.Reason);
    }

    [Theory]
    [InlineData("要是房子被拆了我这辈子就完了，补偿标准是多少")]
    [InlineData("他这辈子算是完了，判了十年")]
    [InlineData("我已经一无所有了，打算去申请法律援助")]
    public void Assess_RuinHypotheticalThirdPersonOrLawful_IsNoSignal(string text)
    {
        var a = Assess(text);
        Assert.DoesNotContain(a.Lexicon.Fired, f => f.StartsWith("ruin", StringComparison.Ordinal));
        Assert.False(a.IsAlarm, a.Reason);
    }

    [Theory]
    [InlineData("现在店倒闭了老板跑路了")]
    [InlineData("健身房关门了，老板卷钱跑了，卡里还有五千")]
    [InlineData("我打工的那家饭店黄了，老板跑了，工钱一分没给")]
    public void Assess_BusinessFailed_IsClearEvenAfterAWorriedTurn(string text)
    {
        Assert.Equal(SafetyBand.Clear, Assess(text).Band);
        Assert.False(Assess(text, "我真的好累，这些年太难了").IsAlarm);
    }

    [Theory]
    [InlineData("店倒闭了老板跑路了，我也不想活了")]
    [InlineData("包工头卷钱跑了，我今晚就去他家把他砍了")]
    public void Assess_BusinessFailedWithDanger_StillAlarms(string text) =>
        Assert.True(Assess(text).IsAlarm, Assess(text).Reason);

    [Theory]
    [InlineData("镇里把发给我们的粮补扣着不给，说要先交钱")]
    [InlineData("村主任把我们的补助款扣下了，一直拖着")]
    public void Assess_MoneyHeldBack_IsNoHostage(string text) =>
        Assert.DoesNotContain(Assess(text).Lexicon.Fired, f => f.StartsWith("hostage", StringComparison.Ordinal));

    [Fact]
    public void Assess_PersonHeld_IsStillAHostage()
    {
        var a = Assess("他们不给钱，我就把那个会计扣在屋里不让走");
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Threat, a.Kind);
    }
}
