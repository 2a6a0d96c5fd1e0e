using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Normalization;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Knowledge;

/// <summary>The data the engine reads besides entries: vocabulary, character table, triage, deadlines, channels, templates.</summary>
public sealed class RuleBook
{
    public RuleBook(IOptions<KnowledgeOptions> options)
        : this(Path.Combine(RequireFolder(options.Value.ResolvedPath, "Knowledge:Path"), "rules"), RequireFolder(options.Value.ResolvedPromptsPath, "Knowledge:PromptsPath"))
    {
    }

    private static string RequireFolder(string path, string key) =>
        Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{key}: folder not found: {path}");

    public RuleBook(string rulesPath, string promptsPath)
    {
        Converter = ChineseConverter.Load(Path.Combine(rulesPath, "opencc"));
        Vocabulary = Vocabulary.Load(Path.Combine(rulesPath, "vocabulary.yaml"));
        Normalizer = new TextNormalizer(Converter, Vocabulary);
        Triage = TriageRules.Load(Path.Combine(rulesPath, "triage.yaml"));
        Deadlines = DeadlineRuleSet.Load(Path.Combine(rulesPath, "deadlines.yaml"));
        Channels = ChannelCatalog.Load(Path.Combine(rulesPath, "channels.yaml"));
        Templates = AnswerTemplates.Load(Path.Combine(promptsPath, "answer.zh.yaml"));
        var stopWords = Path.Combine(rulesPath, "stopwords.txt");
        StopWords = File.Exists(stopWords)
            ? File.ReadLines(stopWords).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    public IReadOnlySet<string> StopWords { get; }

    public ChineseConverter Converter { get; }
    public Vocabulary Vocabulary { get; }
    public TextNormalizer Normalizer { get; }
    public TriageRules Triage { get; }
    public DeadlineRuleSet Deadlines { get; }
    public ChannelCatalog Channels { get; }
    public AnswerTemplates Templates { get; }
}
