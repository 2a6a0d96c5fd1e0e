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
}
