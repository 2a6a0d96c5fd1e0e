using System.Text.Json;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>The lexicon's word prefilter only skips expressions that cannot match: every score stays the same.</summary>
public sealed class SafetyLexiconPrefilterTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    [Fact]
    public void Score_TrainingCorpusAndCases_SameWithAndWithoutPrefilter()
    {
        var texts = SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train")).Select(i => i.Text).ToList();
        var cases = Path.Combine(TestPaths.RepoRoot, "tests", "XinfangBot.Core.Tests", "Triage", "triage-cases.jsonl");
        texts.AddRange(File.ReadLines(cases).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!));
        Assert.True(texts.Count > 3000);
        var fired = 0;
        foreach (var text in texts)
        {
            var normalized = Rules.Normalizer.Normalize(text).Text;
            var fast = Rules.Safety.Lexicon.Score(normalized, prefilter: true);
            var full = Rules.Safety.Lexicon.Score(normalized, prefilter: false);
            Assert.Equal(full.Fired, fast.Fired);
            Assert.Equal((full.Crisis, full.Threat, full.HasCue, full.LawfulPlan, full.Guarded, full.GuardedCrisis, full.GuardedThreat),
                (fast.Crisis, fast.Threat, fast.HasCue, fast.LawfulPlan, fast.Guarded, fast.GuardedCrisis, fast.GuardedThreat));
            fired += full.Fired.Count > 0 ? 1 : 0;
        }

        // The comparison means something only if rules fire on many of the messages.
        Assert.True(fired > 800, $"rules fired on {fired} messages");
    }

    [Theory]
    [InlineData("我吃了一整瓶安眠药")]
    [InlineData("CHI LE 一瓶 NONGYAO")]
    [InlineData("刀已经磨好了，明天就去找那个包工头")]
    [InlineData("")]
    public void Score_MixedCaseAndPinyin_SameWithAndWithoutPrefilter(string text)
    {
        var normalized = Rules.Normalizer.Normalize(text).Text;
        Assert.Equal(Rules.Safety.Lexicon.Score(normalized, prefilter: false).Fired, Rules.Safety.Lexicon.Score(normalized, prefilter: true).Fired);
    }
}
