using static XinfangBot.Core.Tests.Triage.SafetyAsserts;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added in session 15 (issue 7), each with a harmless look-alike. The messages are written for
/// these tests; none is taken from an evaluation set or a probe.</summary>
public sealed class SafetyKinds15Tests
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
}
