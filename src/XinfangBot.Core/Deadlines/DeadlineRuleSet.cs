using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Deadlines;

/// <summary>The deadline rules of rules/deadlines.yaml, by id.</summary>
public sealed class DeadlineRuleSet
{
    private readonly Dictionary<string, DeadlineRule> _rules;

    public DeadlineRuleSet(IEnumerable<DeadlineRule> rules) =>
        _rules = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static DeadlineRuleSet Empty { get; } = new([]);

    public IReadOnlyCollection<string> Ids => _rules.Keys;

    public IEnumerable<DeadlineRule> All => _rules.Values;

    public DeadlineRule? Get(string id) => _rules.GetValueOrDefault(id);

    public static DeadlineRuleSet Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = yaml.Deserialize<RulesFile>(File.ReadAllText(path)) ?? new RulesFile();
        var rules = new List<DeadlineRule>();
        foreach (var r in file.Rules ?? [])
        {
            if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Cite) || r.Due is null || r.Passed is null)
            {
                throw new InvalidDataException($"{path}: every deadline rule needs id, cite, due and passed (rule '{r.Id}')");
            }

            if ((r.Days > 0 ? 1 : 0) + (r.Months > 0 ? 1 : 0) + (r.Years > 0 ? 1 : 0) != 1)
            {
                throw new InvalidDataException($"{path}: deadline rule '{r.Id}' needs exactly one of days, months, years");
            }

            rules.Add(new DeadlineRule
            {
                Id = r.Id,
                Name = r.Name ?? r.Id,
                Kind = r.Kind ?? "limit",
                Cite = r.Cite,
                Days = r.Days,
                Months = r.Months,
                Years = r.Years,
                ExtensionDays = r.ExtensionDays,
                From = r.From ?? string.Empty,
                Event = r.Event ?? [],
                Asks = r.Asks ?? [],
                Due = r.Due,
                Passed = r.Passed,
            });
        }

        return new DeadlineRuleSet(rules);
    }

    private sealed class RulesFile
    {
        public List<RuleDto>? Rules { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public string? Cite { get; set; }
        public int Days { get; set; }
        public int Months { get; set; }
        public int Years { get; set; }
        public int ExtensionDays { get; set; }
        public string? From { get; set; }
        public List<string>? Event { get; set; }
        public List<string>? Asks { get; set; }
        public string? Due { get; set; }
        public string? Passed { get; set; }
    }
}
