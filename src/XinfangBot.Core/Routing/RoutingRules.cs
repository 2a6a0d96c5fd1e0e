using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Routing;

/// <summary>
/// Rules from rules/routing.yaml that adjust the channels of a chosen topic for a kind of grievance (e.g. disputing an
/// organ's decision goes to 行政复议 first), or move the answer to a more fitting entry.
/// </summary>
public sealed class RoutingRules
{
    private readonly List<Rule> _rules;

    private RoutingRules(List<Rule> rules) => _rules = rules;

    public static RoutingRules Empty { get; } = new([]);

    public int Count => _rules.Count;

    public static RoutingRules Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = yaml.Deserialize<FileDto>(File.ReadAllText(path)) ?? new FileDto();
        var rules = new List<Rule>();
        foreach (var dto in file.Rules ?? [])
        {
            if (dto.When is null || dto.When.Count == 0 || dto.Promote is null || dto.Promote.Count == 0)
            {
                throw new InvalidDataException($"{path}: routing rule '{dto.Name}' needs 'when' and 'promote'");
            }

            rules.Add(new Rule(dto.Name ?? "?", dto.When.Select(Matcher).ToList(), (dto.Unless ?? []).Select(Matcher).ToList(), dto.Promote, dto.Prefer));
        }

        return new RoutingRules(rules);
    }

    /// <summary>The first rule the message matches, if any.</summary>
    public RoutingRule? Match(string text)
    {
        foreach (var rule in _rules)
        {
            if (rule.When.Any(m => m(text)) && !rule.Unless.Any(m => m(text)))
            {
                return new RoutingRule(rule.Name, rule.Promote, rule.Prefer);
            }
        }

        return null;
    }

    private static Func<string, bool> Matcher(string pattern)
    {
        if (pattern.StartsWith("re:", StringComparison.Ordinal))
        {
            var regex = new Regex(pattern[3..], RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            return text => regex.IsMatch(text);
        }

        return text => text.Contains(pattern, StringComparison.Ordinal);
    }

    private sealed record Rule(string Name, List<Func<string, bool>> When, List<Func<string, bool>> Unless, List<string> Promote, string? Prefer);

    private sealed class FileDto
    {
        public List<RuleDto>? Rules { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Name { get; set; }
        public List<string>? When { get; set; }
        public List<string>? Unless { get; set; }
        public List<string>? Promote { get; set; }
        public string? Prefer { get; set; }
    }
}

/// <summary>A matched routing rule: channels to put first, and the entry to prefer when the topic has none of them.</summary>
public sealed record RoutingRule(string Name, IReadOnlyList<string> Promote, string? Prefer);
