using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>A lexicon file built whole once is built expression by expression at later loads, with the same scores.</summary>
public sealed class SafetyLexiconLazyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("xfb-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Shipped => Path.Combine(TestPaths.Rules, "safety", "lexicon.yaml");

    private string Copy()
    {
        var path = Path.Combine(_folder, "lexicon.yaml");
        File.Copy(Shipped, path, overwrite: true);
        return path;
    }

    [Fact]
    public void Load_CheckedBefore_BuildsExpressionsWhenFirstNeededWithTheSameScores()
    {
        var path = Copy();
        var cache = Path.Combine(_folder, "cache");
        var eager = SafetyLexicon.Load(path, cache);

        var lazy = SafetyLexicon.Load(path, cache);

        Assert.Equal(eager.Expressions.Total, eager.Expressions.Built);
        Assert.Equal(0, lazy.Expressions.Built);
        Assert.Equal(eager.Expressions.Total, lazy.Expressions.Total);
        foreach (var item in SafetyCorpus.Load(Path.Combine(TestPaths.Rules, "safety", "train")))
        {
            var (a, b) = (eager.Score(item.Text), lazy.Score(item.Text));
            Assert.Equal(a with { Fired = [] }, b with { Fired = [] });
            Assert.Equal(a.Fired, b.Fired);
        }

        Assert.InRange(lazy.Expressions.Built, 1, lazy.Expressions.Total);
    }

    [Fact]
    public void Load_FileEditedToABadPatternAfterItWasChecked_StillFailsNamingTheFile()
    {
        var path = Copy();
        var cache = Path.Combine(_folder, "cache");
        SafetyLexicon.Load(path, cache);
        var text = File.ReadAllText(path).Replace("lawful_plan: [", "lawful_plan: ['(unbalanced', ", StringComparison.Ordinal);
        Assert.Contains("(unbalanced", text, StringComparison.Ordinal);
        File.WriteAllText(path, text);

        var ex = Assert.Throws<InvalidDataException>(() => SafetyLexicon.Load(path, cache));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoCache_BuildsEveryExpressionAtOnce()
    {
        var lexicon = SafetyLexicon.Load(Shipped);

        Assert.Equal(lexicon.Expressions.Total, lexicon.Expressions.Built);
        Assert.True(lexicon.Expressions.Total > 100);
    }

    [Fact]
    public void Load_ReadsTheDecisionSection_AsTheThresholdsLoaderDoes()
    {
        var fromLexicon = SafetyLexicon.Load(Shipped).Decision;
        var alone = SafetyDecision.Load(Shipped);

        Assert.Equal(
            (alone.LexiconAlarm, alone.LexiconUncertain, alone.ModelAlarm, alone.ModelAlone, alone.ModelUncertain, alone.ModelMinLength, alone.SentenceAlarm, alone.SentenceFrom),
            (fromLexicon.LexiconAlarm, fromLexicon.LexiconUncertain, fromLexicon.ModelAlarm, fromLexicon.ModelAlone, fromLexicon.ModelUncertain, fromLexicon.ModelMinLength, fromLexicon.SentenceAlarm, fromLexicon.SentenceFrom));
        Assert.Equal(alone.HarmToOthers, fromLexicon.HarmToOthers);
        Assert.NotEmpty(fromLexicon.HarmToOthers);
    }

    [Fact]
    public void Load_DecisionThresholdsOutOfOrder_FailsNamingTheFile()
    {
        var path = Copy();
        File.WriteAllText(path, File.ReadAllText(path).Replace("  model_alone: ", "  model_alone: 0.01 #", StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidDataException>(() => SafetyLexicon.Load(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("decision thresholds", ex.Message, StringComparison.Ordinal);
    }
}
