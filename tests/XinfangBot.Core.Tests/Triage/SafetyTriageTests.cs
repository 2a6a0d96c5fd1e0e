using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

public sealed class SafetyTriageTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    private static SafetyAssessment Assess(string text, params string[] earlier) =>
        Rules.Safety.Assess(Rules.Normalizer.Normalize(text).Text, earlier.Select(e => Rules.Normalizer.Normalize(e).Text).ToList());

    [Theory]
    [InlineData("农药我已经喝了半瓶，嘴里好苦")]
    [InlineData("绳子挂好了，凳子也摆好了")]
    [InlineData("我现在站在楼顶上，下面的车好小")]
    [InlineData("遗书写好了，放在桌子上")]
    [InlineData("我是家里的累赘，没有我他们会过得更好")]
    [InlineData("我真希望明天早上别醒了")]
    [InlineData("我唔想再活落去")]
    [InlineData("材料递了一百次都没用，我真的没脸再活下去了")]
    [InlineData("存折和钥匙我都留给我妹了，以后的事就拜托她了")]
    [InlineData("这几个月医生开的安眠药我一颗都没吃，全攒着")]
    [InlineData("等了十年还是这样，这辈子对我没有什么值得留恋的")]
    public void Assess_SelfHarmSituation_RaisesCrisis(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
    }

    [Theory]
    [InlineData("刀已经磨好了，明天就去找那个包工头")]
    [InlineData("他家住哪我已经摸清了，每天几点出门我都知道")]
    [InlineData("再不赔钱我就一把火烧了村委会")]
    [InlineData("我要让那个狗官血债血偿")]
    [InlineData("那个打我弟弟的保安，我一定要废了他")]
    [InlineData("他害我丢了工作，这笔账早晚要找他算账")]
    public void Assess_ViolenceSituation_RaisesThreat(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Threat, a.Kind);
    }

    [Theory]
    [InlineData("我明天要去市信访局走访，反映拆迁补偿的问题")]
    [InlineData("再不解决我就去省里上访，还要找媒体曝光")]
    [InlineData("我要去纪委举报村支书贪污，还要起诉他")]
    [InlineData("老板扬言要弄死我，我该报警吗")]
    [InlineData("听说有人在县政府门口喝农药，这种事怎么处理")]
    [InlineData("我工友前天从脚手架上掉下来了，工伤怎么认定")]
    [InlineData("累死了，跑了三趟还没办成")]
    [InlineData("跳楼价甩卖的东西坏了能退吗")]
    [InlineData("公司让我签字了结，可赔的钱连医药费都不够，签了还能反悔吗")]
    [InlineData("我爸走的时候我在外地打工，没见上最后一面，现在老房子怎么分")]
    [InlineData("这个表格填了五遍都不对，我真想撞墙，到底哪里错了")]
    [InlineData("村里的人打我，还说要弄死我，我要报警，还要请律师告他们")]
    [InlineData("以前我也想过轻生，现在好多了，就想问问医保断缴了怎么补")]
    [InlineData("我在县里反映了三年，镇上的人一直推来推去，拆迁补偿到现在还没有落实。我想这周再去市信访局走访一次，把材料交齐，顺便问问能不能申请复查，这样做对不对？")]
    public void Assess_LawfulPlanNewsVictimOrIdiom_StaysClear(string text)
    {
        var a = Assess(text);
        Assert.False(a.IsAlarm, a.Reason);
    }

    [Fact]
    public void Assess_OrdinaryQuestionAfterAnAlarm_KeepsTheRaisedFlag()
    {
        var a = Assess("拆迁补偿应该找哪个部门？", "药我已经吃下去了");
        Assert.False(a.IsAlarm);
        Assert.Equal(SafetyLabel.Crisis, a.RaisedBy);
    }

    [Fact]
    public void Assess_ImpatienceOverSeveralTurns_IsNoRisk()
    {
        // Each turn alone is a doubt of the model's only (no sign in the lexicon): a citizen tired of waiting who asks for a
        // number to call is impatient, not at risk, though two doubts come one after the other.
        var a = Assess("你把电话号码发我，我自己打过去问", "我要找人工", "我等了一上午了，到底有没有人管");
        Assert.False(a.IsAlarm, a.Reason);
    }

    [Fact]
    public void Load_MissingFolder_FailsNamingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"safety-missing-{Guid.NewGuid():N}");
        var ex = Assert.Throws<DirectoryNotFoundException>(() => SafetyTriage.Load(folder, Rules.Normalizer));
        Assert.Contains(folder, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LexiconNamingAnUnknownSet_FailsNamingTheFileAndRule()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "sets:\n  self: [我]\nrules:\n  - name: broken\n    kind: crisis\n    match: ['{self}{nowhere}']\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => SafetyLexicon.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains("nowhere", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadCorpus_BadLine_FailsNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"text\":\"好\",\"label\":\"none\"}\n{\"text\":\"坏\",\"label\":\"maybe\"}\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => SafetyCorpus.Load(path));
            Assert.Contains(path + ":2", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Classifier_SameCorpus_GivesTheSameProbabilities()
    {
        var text = Rules.Normalizer.Normalize("我已经准备好了，今晚就结束").Text;
        var first = Rules.Safety.Classifier.Predict(text);
        var again = new RuleBook(TestPaths.Rules, TestPaths.Prompts).Safety.Classifier.Predict(text);
        Assert.Equal(first, again);
        Assert.True(Rules.Safety.Classifier.Items > 2000);
    }
}
