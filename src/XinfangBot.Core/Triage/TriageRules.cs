using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Triage;

/// <summary>
/// Pattern rules from rules/triage.yaml: each rule has a kind, a weight, patterns (substring or <c>re:</c> regex) and
/// negations that cancel it within the same clause. A kind triggers when the weights of its firing rules reach the threshold.
/// </summary>
public sealed class TriageRules
{
    private static readonly char[] ClauseBreaks = ['。', '！', '？', '!', '?', '；', ';', '\n'];

    private readonly List<Rule> _rules;

    private TriageRules(double threshold, List<Rule> rules)
    {
        Threshold = threshold;
        _rules = rules;
    }

    public static TriageRules Empty { get; } = new(1.0, []);

    public double Threshold { get; }

    public int Count => _rules.Count;

    public static TriageRules Load(string path)
    {
        if (!File.Exists(path))
        {
            // Fail closed: without its rules the bot would miss requests for a person and injections silently.
            throw new FileNotFoundException($"triage rules not found: {path}", path);
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        FileDto file;
        try
        {
            file = yaml.Deserialize<FileDto>(File.ReadAllText(path)) ?? new FileDto();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{path}: line {ex.Start.Line}: {ex.Message}", ex);
        }

        var rules = new List<Rule>();
        var index = 0;
        foreach (var dto in file.Rules ?? [])
        {
            index++;
            var kind = ParseKind(dto.Kind) ?? throw new InvalidDataException($"{path}: rule {index} has unknown kind '{dto.Kind}'");
            rules.Add(new Rule(kind, dto.Weight ?? 1.0, Compile(dto.Patterns, path, index), Compile(dto.Unless, path, index)));
        }

        return new TriageRules(file.Threshold ?? 1.0, rules);
    }

    public TriageResult Classify(string normalized)
    {
        if (string.IsNullOrWhiteSpace(normalized) || _rules.Count == 0)
        {
            return TriageResult.Nothing;
        }

        var clauses = Clauses(normalized);
        var scores = new Dictionary<TriageKind, double>();
        foreach (var rule in _rules)
        {
            if (clauses.Any(rule.Fires))
            {
                scores[rule.Kind] = scores.GetValueOrDefault(rule.Kind) + rule.Weight;
            }
        }

        var kind = scores.Where(s => s.Value >= Threshold - 1e-9).Select(s => s.Key).DefaultIfEmpty(TriageKind.None).Min();
        return new TriageResult(kind, scores);
    }

    /// <summary>
    /// Whether every clause of the message is matched by a rule of one of <paramref name="kinds"/> (a message that is
    /// only greetings and thanks, with no question in it).
    /// </summary>
    public bool OnlyOf(string normalized, params TriageKind[] kinds)
    {
        if (string.IsNullOrWhiteSpace(normalized) || _rules.Count == 0)
        {
            return false;
        }

        var clauses = Clauses(normalized);
        var rules = _rules.Where(r => kinds.Contains(r.Kind)).ToList();
        return clauses.Length > 0 && clauses.All(c => rules.Any(r => r.Fires(c)));
    }

    /// <summary>
    /// Whether the rules of one <paramref name="kind"/> alone reach the threshold: the same score
    /// <see cref="Classify"/> gives that kind, without running the other kinds' rules.
    /// </summary>
    public bool Reaches(string normalized, TriageKind kind)
    {
        if (string.IsNullOrWhiteSpace(normalized) || _rules.Count == 0)
        {
            return false;
        }

        var clauses = Clauses(normalized);
        var score = _rules.Where(r => r.Kind == kind && clauses.Any(r.Fires)).Sum(r => r.Weight);
        return score >= Threshold - 1e-9;
    }

    private static string[] Clauses(string normalized) =>
        normalized.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static TriageKind? ParseKind(string? kind) => kind switch
    {
        "crisis" => TriageKind.Crisis,
        "threat" => TriageKind.Threat,
        "human-request" => TriageKind.HumanRequest,
        "injection" => TriageKind.Injection,
        "out-of-scope" => TriageKind.OutOfScope,
        "help" => TriageKind.Help,
        "greeting" => TriageKind.Greeting,
        "thanks" => TriageKind.Thanks,
        "closing" => TriageKind.Closing,
        _ => null,
    };

    private static List<Matcher> Compile(List<string>? patterns, string path, int index)
    {
        var list = new List<Matcher>();
        foreach (var p in patterns ?? [])
        {
            if (string.IsNullOrEmpty(p))
            {
                continue;
            }

            if (p.StartsWith("re:", StringComparison.Ordinal))
            {
                try
                {
                    list.Add(new Matcher(null, new Regex(p[3..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))));
                }
                catch (ArgumentException ex)
                {
                    throw new InvalidDataException($"{path}: rule {index}: bad regular expression '{p}': {ex.Message}", ex);
                }
            }
            else
            {
                list.Add(new Matcher(p, null));
            }
        }

        return list;
    }

    private sealed record Rule(TriageKind Kind, double Weight, List<Matcher> Patterns, List<Matcher> Unless)
    {
        /// <summary>A pattern matches the clause and no <c>unless</c> cancels it there.</summary>
        public bool Fires(string clause) => Patterns.Any(p => p.IsMatch(clause)) && !Unless.Any(u => u.IsMatch(clause));
    }

    private sealed record Matcher(string? Text, Regex? Regex)
    {
        public bool IsMatch(string clause) =>
            Text is not null ? clause.Contains(Text, StringComparison.OrdinalIgnoreCase) : Regex!.IsMatch(clause);
    }

    private sealed class FileDto
    {
        public double? Threshold { get; set; }
        public List<RuleDto>? Rules { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Kind { get; set; }
        public double? Weight { get; set; }
        public List<string>? Patterns { get; set; }
        public List<string>? Unless { get; set; }
    }
}
