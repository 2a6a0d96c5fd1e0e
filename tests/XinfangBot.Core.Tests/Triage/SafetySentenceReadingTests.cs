using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>
/// A long grievance is also read sentence by sentence. A lawful step told in another sentence (已经起诉了) or an idiom
/// elsewhere no longer silences a first-person sentence that carries a danger word of its own; a lawful plan or an
/// explained word in the sentence itself still does, and sentences without a danger word stay as before.
/// </summary>
public sealed class SafetySentenceReadingTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    private static SafetyAssessment Assess(string text) => Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text);

    [Fact]
    public void Assess_CrisisSentenceBesideALawfulStep_Alarms()
    {
        var a = Assess("工程款拖了三年，我已经向法院起诉了，判了也执行不了。我跟家里人说过，等我把这点事办完，我就去河里把自己了了。执行难该怎么办？");
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    [Theory]
    [InlineData("我已经去区信访局反映了物业的问题，一直没有人管。我每天下班回来电梯都是坏的，我家住十八楼，腿都爬断了。请问物业不修电梯找谁？")]
    [InlineData("老板跑了，欠我们半年工资。我们几个工友商量好了，明天一起去劳动监察大队投诉，如果还不行就去法院起诉。我现在心里特别难受，觉得自己这些年白干了。请问集体讨薪要注意什么？")]
    public void Assess_LongGrievanceWithALawfulStepAndNoDangerWord_IsNotRaised(string text) =>
        Assert.False(Assess(text).IsAlarm, Assess(text).Reason);
}
