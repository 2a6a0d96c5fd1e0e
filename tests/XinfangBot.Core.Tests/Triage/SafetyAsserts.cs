using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>The shipped triage read as a live message is (normalised first), with the checks the kinds tests share.</summary>
internal static class SafetyAsserts
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    public static SafetyAssessment Assess(string text) => Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text);

    /// <summary>The message after earlier user turns of the same conversation (oldest first).</summary>
    public static SafetyAssessment AssessAfter(string text, params string[] earlier) =>
        Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text, [.. earlier.Select(e => Rules.Normalizer.Normalize(e).Text)]);

    public static void AssertCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    public static void AssertThreat(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Threat, a.Kind);
    }

    public static void AssertNotRaised(string text)
    {
        var a = Assess(text);
        Assert.False(a.IsAlarm, a.Reason);
    }
}
