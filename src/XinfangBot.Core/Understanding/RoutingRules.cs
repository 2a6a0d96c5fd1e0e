using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// Rules from rules/routing.yaml that adjust the channels of a chosen topic for a kind of grievance (e.g. disputing an
/// organ's decision goes to 行政复议 first), or move the answer to a more fitting entry.
/// </summary>
public sealed class RoutingRules
{
    private readonly List<Rule> _rules;

    private readonly Regex? _statedPeriod;

    private RoutingRules(List<Rule> rules, Regex? statedPeriod)
    {
        _rules = rules;
        _statedPeriod = statedPeriod;
    }

    public static RoutingRules Empty { get; } = new([], null);

    public int Count => _rules.Count;

    public static RoutingRules Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: routing rules not found", path);
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        FileDto file;
        try
        {
            file = yaml.Deserialize<FileDto>(File.ReadAllText(path)) ?? new FileDto();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        var rules = new List<Rule>();
        foreach (var dto in file.Rules ?? [])
        {
            if (dto.When is null || dto.When.Count == 0 || ((dto.Promote is null || dto.Promote.Count == 0) && string.IsNullOrWhiteSpace(dto.Also)))
            {
                throw new InvalidDataException($"{path}: routing rule '{dto.Name}' needs 'when' and 'promote' (or 'also')");
            }

            rules.Add(new Rule(dto.When.Select(Matcher).ToList(), (dto.Unless ?? []).Select(Matcher).ToList(), new RoutingRule(dto.Name ?? "?", dto.Promote ?? [], dto.Prefer, dto.Always, dto.KeepGrievance, dto.Also)));
        }

        return new RoutingRules(rules, WordPattern.One(WordPattern.Required(file.StatedPeriod, path, "stated_period")));
    }

    /// <summary>
    /// The periods a message names as a limit ("按60天算", "30日内"; not how long something lasted, "搞了两年"), each
    /// followed by a sentence end, as the text <see cref="Text.ChinesePeriods"/> reads (the stated-period rule).
    /// </summary>
    public string StatedPeriods(string text)
    {
        if (_statedPeriod is null)
        {
            return string.Empty;
        }

        try
        {
            return string.Concat(_statedPeriod.Matches(text).Select(m => m.Value + "。"));
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Empty;
        }
    }

    /// <summary>Every rule the message matches, in file order (a later rule's channels end up first).</summary>
    public IReadOnlyList<RoutingRule> Match(string text) =>
        _rules.Where(r => r.When.Any(m => m(text)) && !r.Unless.Any(m => m(text))).Select(r => r.Result).ToList();

    private static Func<string, bool> Matcher(string pattern)
    {
        if (pattern.StartsWith("re:", StringComparison.Ordinal))
        {
            // Interpreted, not compiled like WordPattern.Any: many rules, each run on few messages. A pathological
            // message must not fail the answer: on a timeout the rule simply does not apply.
            var regex = new Regex(pattern[3..], RegexOptions.CultureInvariant, WordPattern.MatchTimeout);
            return regex.Found;
        }

        return text => text.Contains(pattern, StringComparison.Ordinal);
    }

    private sealed record Rule(List<Func<string, bool>> When, List<Func<string, bool>> Unless, RoutingRule Result);

    private sealed class FileDto
    {
        public List<RuleDto>? Rules { get; set; }

        public string? StatedPeriod { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Name { get; set; }
        public List<string>? When { get; set; }
        public List<string>? Unless { get; set; }
        public List<string>? Promote { get; set; }
        public string? Prefer { get; set; }
        public bool Always { get; set; }

        public bool KeepGrievance { get; set; }

        public string? Also { get; set; }
    }
}

/// <summary>
/// A matched routing rule: channels to put first, and the entry to prefer when the topic has none of them.
/// <paramref name="KeepGrievance"/>: the rule does not apply when the message was understood as a grievance whose guide
/// lists none of the rule's channels ("工资被拖欠，去哪里反映" asks for the wage channel, not for a petition office).
/// <paramref name="Also"/>: an entry whose rule the citizen must know in this situation (a group going to visit → the
/// five-representatives rule), named beside the answer when it is not the answer itself.
/// </summary>
public sealed record RoutingRule(string Name, IReadOnlyList<string> Promote, string? Prefer, bool Always = false, bool KeepGrievance = false, string? Also = null);
