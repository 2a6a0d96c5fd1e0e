using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// The rules files the understanding and answering steps read (aspects.yaml, composing.yaml, routing.yaml and the
/// others) are required: a missing file, a missing key or an invalid expression is reported on that file, naming the
/// key, by <c>kb validate</c> (RuleBookLoader.Check), and start-up stops naming the file (fail closed).
/// </summary>
public sealed class RuleBookLoaderTests
{
    [Theory]
    [InlineData("aspects.yaml")]
    [InlineData("composing.yaml")]
    [InlineData("routing.yaml")]
    [InlineData("vague.yaml")]
    [InlineData("tuning.yaml")]
    [InlineData("deadlines.yaml")]
    [InlineData("scope.yaml")]
    [InlineData("stopwords.txt")]
    [InlineData("triage.yaml")]
    [InlineData("safety/lexicon.yaml")]
    public void Check_RulesFileMissing_ErrorNamesTheFileAndStartUpStops(string name)
    {
        using var folder = new CopiedFolder(TestPaths.Knowledge);
        File.Delete(Path.Combine(folder.Path, "rules", name));

        var error = Assert.Single(RuleBookLoader.Check(Path.Combine(folder.Path, "rules"), TestPaths.Prompts));

        Assert.Equal("rules/" + name, error.File);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        var stop = Assert.Throws<InvalidDataException>(() => RuleBookLoader.Load(new KnowledgeOptions { Path = folder.Path, PromptsPath = TestPaths.Prompts }, NullLogger.Instance));
        Assert.Contains("rules/" + name, stop.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadlines.yaml")]
    [InlineData("safety/train")]
    [InlineData("triage.yaml")]
    public void Check_LexiconAndAnotherPartMissing_ErrorNamesTheOneLoadedFirst(string other)
    {
        // Several parts broken at once: the error reported is the one of the part loaded first (triage.yaml, then the
        // lexicon, then the classifier's corpus and the rest), so a change to the load order (e.g. loading in parallel)
        // cannot make start-up name another file.
        using var folder = new CopiedFolder(TestPaths.Knowledge);
        var rules = Path.Combine(folder.Path, "rules");
        File.Delete(Path.Combine(rules, "safety", "lexicon.yaml"));
        var path = Path.Combine(rules, other);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        var error = Assert.Single(RuleBookLoader.Check(rules, TestPaths.Prompts));

        Assert.Equal(other == "triage.yaml" ? "rules/triage.yaml" : "rules/safety/lexicon.yaml", error.File);
        var stop = Assert.Throws<InvalidDataException>(() => RuleBookLoader.Load(new KnowledgeOptions { Path = folder.Path, PromptsPath = TestPaths.Prompts }, NullLogger.Instance));
        Assert.Contains(error.File, stop.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aspects.yaml", @"(?m)^several_matters:.*\n", "", "several_matters")]
    [InlineData("aspects.yaml", @"(?m)^followup_start:.*\n", "followup_start: []\n", "followup_start")]
    [InlineData("aspects.yaml", @"(?m)^new_matter_start:.*\n", "", "new_matter_start")]
    [InlineData("aspects.yaml", @"(?m)^acknowledgements:.*\n", "", "acknowledgements")]
    [InlineData("aspects.yaml", @"(?m)^  section: 时限.*\n", "", "time.section")]
    [InlineData("aspects.yaml", @"(?m)^  articles:.*\n", "", "materials.articles")]
    [InlineData("composing.yaml", @"(?m)^limit_line:.*\n", "", "limit_line")]
    [InlineData("composing.yaml", @"(?m)^  steps:.*\n", "", "sections.steps")]
    [InlineData("composing.yaml", @"re:什么时候\(有\|给\|出\)", "re:什么时候(有", "processing_question")]
    [InlineData("routing.yaml", @"(?m)^stated_period:.*\n", "", "stated_period")]
    [InlineData("deadlines.yaml", @"(?m)^mail_article:.*\n", "", "mail_article")]
    [InlineData("scope.yaml", @"(?m)^distress_words:", "distress_wordz:", "distress_words")]
    [InlineData("deadlines.yaml", @"(?m)^holiday_article:.*\n", "", "holiday_article")]
    public void Check_RulesFileWithoutRequiredKey_ErrorNamesFileAndKey(string name, string pattern, string replacement, string key)
    {
        using var folder = new CopiedFolder(TestPaths.Knowledge);
        var path = Path.Combine(folder.Path, "rules", name);
        var text = File.ReadAllText(path);
        var broken = Regex.Replace(text, pattern, replacement);
        Assert.NotEqual(text, broken);
        File.WriteAllText(path, broken);

        var error = Assert.Single(RuleBookLoader.Check(Path.Combine(folder.Path, "rules"), TestPaths.Prompts));

        Assert.Equal("rules/" + name, error.File);
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"(?m)^  materials: 准备材料\n", "headings.materials")]
    [InlineData(@"(?m)^  holiday: .*\n", "deadline.Holiday")]
    public void Check_AnswerTemplateMissing_ErrorNamesPromptFileAndTemplate(string pattern, string key)
    {
        using var folder = new CopiedFolder(TestPaths.Prompts);
        var path = Path.Combine(folder.Path, "answer.zh.yaml");
        var text = File.ReadAllText(path);
        var broken = Regex.Replace(text, pattern, string.Empty);
        Assert.NotEqual(text, broken);
        File.WriteAllText(path, broken);

        var error = Assert.Single(RuleBookLoader.Check(TestPaths.Rules, folder.Path));

        Assert.Equal("prompts/answer.zh.yaml", error.File);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private sealed class CopiedFolder : IDisposable
    {
        public CopiedFolder(string from)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "xinfangbot-tests", "rulebook-" + Guid.NewGuid().ToString("N"));
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(from, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
