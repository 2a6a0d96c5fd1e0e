using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Insights;

/// <summary>The roadmap's domains (prompts/telegram.zh.yaml <c>roadmap</c>) by guide or FAQ id, for statistics by domain.</summary>
public sealed class DomainMap
{
    private readonly Dictionary<string, string> _byTopic;

    private DomainMap(Dictionary<string, string> byTopic, string other)
    {
        _byTopic = byTopic;
        Other = other;
        Names = [.. byTopic.Values.Distinct(StringComparer.Ordinal), other];
    }

    /// <summary>The domains in roadmap order, then <see cref="Other"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The name for topics no domain lists.</summary>
    public string Other { get; }

    public string Of(string topicId) => _byTopic.GetValueOrDefault(topicId, Other);

    public static DomainMap Load(string promptsFolder)
    {
        var path = Path.Combine(promptsFolder, "telegram.zh.yaml");
        if (!File.Exists(path))
        {
            return new DomainMap([], "other");
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var file = yaml.Deserialize<RoadmapFile>(File.ReadAllText(path)) ?? new RoadmapFile();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var domain in file.Roadmap)
        {
            foreach (var topic in domain.Topics)
            {
                map.TryAdd(topic, domain.Domain);
            }
        }

        return new DomainMap(map, string.IsNullOrWhiteSpace(file.OtherDomain) ? "other" : file.OtherDomain);
    }

    private sealed class RoadmapFile
    {
        public string OtherDomain { get; set; } = string.Empty;
        public List<RoadmapItem> Roadmap { get; set; } = [];
    }

    private sealed class RoadmapItem
    {
        public string Domain { get; set; } = string.Empty;
        public List<string> Topics { get; set; } = [];
    }
}
