using Microsoft.Extensions.Options;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Text;
using XinfangBot.Core.Triage;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Answering;

/// <summary>The data the engine reads besides entries: vocabulary, character table, triage, deadlines, channels, templates.</summary>
public sealed class RuleBook : IKnowledgeRules
{
    public RuleBook(IOptions<KnowledgeOptions> options)
        : this(Path.Combine(RequireFolder(options.Value.ResolvedPath, "Knowledge:Path"), "rules"), RequireFolder(options.Value.ResolvedPromptsPath, "Knowledge:PromptsPath"))
    {
    }

    private static string RequireFolder(string path, string key) =>
        Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{key}: folder not found: {path}");

    public RuleBook(string rulesPath, string promptsPath)
    {
        Converter = Timed("converter", () => ChineseConverter.Load(Path.Combine(rulesPath, "opencc")));
        Vocabulary = Timed("vocabulary", () => Vocabulary.Load(Path.Combine(rulesPath, "vocabulary.yaml")));
        Normalizer = Timed("normalizer", () => new TextNormalizer(Converter, Vocabulary));
        Triage = Timed("triage", () => TriageRules.Load(Path.Combine(rulesPath, "triage.yaml")));
        Safety = Timed("safety", () => SafetyTriage.Load(Path.Combine(rulesPath, "safety"), Normalizer, Triage));
        _loadTimes.AddRange(Safety.LoadTimes);
        Deadlines = Timed("deadlines", () => DeadlineRuleSet.Load(Path.Combine(rulesPath, "deadlines.yaml")));
        Channels = Timed("channels", () => ChannelCatalog.Load(Path.Combine(rulesPath, "channels.yaml")));
        Routing = Timed("routing", () => RoutingRules.Load(Path.Combine(rulesPath, "routing.yaml")));
        Tuning = Timed("tuning", () => Tuning.Load(Path.Combine(rulesPath, "tuning.yaml")));
        Vague = Timed("vague", () => VagueGrievance.Load(Path.Combine(rulesPath, "vague.yaml")));
        Aspects = Timed("aspects", () => AspectRules.Load(Path.Combine(rulesPath, "aspects.yaml")));
        Composing = Timed("composing", () => ComposingRules.Load(Path.Combine(rulesPath, "composing.yaml")));
        Templates = Timed("templates", () => AnswerTemplates.Load(Path.Combine(promptsPath, "answer.zh.yaml")));
        var stopWords = Required(Path.Combine(rulesPath, "stopwords.txt"));
        StopWords = File.ReadLines(stopWords).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var scope = Required(Path.Combine(rulesPath, "scope.yaml"));
        var lists = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(scope)) ?? [];
        DomainWords = lists.GetValueOrDefault("domain_words") is { Count: > 0 } domain ? domain : throw new InvalidDataException($"{scope}: 'domain_words' must be a non-empty list of words");
        DistressWords = lists.GetValueOrDefault("distress_words") is { Count: > 0 } distress ? distress : throw new InvalidDataException($"{scope}: 'distress_words' must be a non-empty list of words");
    }

    private readonly List<(string Part, TimeSpan Took)> _loadTimes = [];

    /// <summary>How long each part of the rules took to load, in load order (logged at Debug level at start-up).</summary>
    public IReadOnlyList<(string Part, TimeSpan Took)> LoadTimes => _loadTimes;

    private T Timed<T>(string part, Func<T> load)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var loaded = load();
        _loadTimes.Add((part, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
        _allocated.Add((part, GC.GetAllocatedBytesForCurrentThread() - allocated));
        return loaded;
    }

    private readonly List<(string Part, long Bytes)> _allocated = [];

    /// <summary>The memory each part of the rules allocated while loading (logged at Debug level at start-up).</summary>
    public IReadOnlyList<(string Part, long Bytes)> LoadAllocations => _allocated;

    private static string Required(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path}: rules file not found", path);

    public IReadOnlySet<string> StopWords { get; }

    /// <summary>Words that show a message concerns a grievance or the law (rules/scope.yaml).</summary>
    public IReadOnlyList<string> DomainWords { get; }

    /// <summary>Words of distress that soften a non-topic reply with the help hotline (rules/scope.yaml).</summary>
    public IReadOnlyList<string> DistressWords { get; }

    public bool HasDistressWord(string normalized) =>
        DistressWords.Any(w => normalized.Contains(w, StringComparison.Ordinal));

    public bool HasDomainWord(string normalized) =>
        DomainWords.Any(w => normalized.Contains(w, StringComparison.OrdinalIgnoreCase));

    public ChineseConverter Converter { get; }
    public Vocabulary Vocabulary { get; }
    public TextNormalizer Normalizer { get; }
    public TriageRules Triage { get; }

    /// <summary>Crisis and threat: lexicon, trained classifier and the conversation (rules/safety/).</summary>
    public SafetyTriage Safety { get; }
    public DeadlineRuleSet Deadlines { get; }
    public ChannelCatalog Channels { get; }
    public RoutingRules Routing { get; }
    public Tuning Tuning { get; }
    public VagueGrievance Vague { get; }

    /// <summary>What a message asks about: time, materials, where; several matters; follow-ups (rules/aspects.yaml).</summary>
    public AspectRules Aspects { get; }

    /// <summary>Which guide sections and period lines a reply is built from (rules/composing.yaml).</summary>
    public ComposingRules Composing { get; }
    public AnswerTemplates Templates { get; }
}
