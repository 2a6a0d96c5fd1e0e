using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Knowledge;

/// <summary>Names and contact lines of the channels (rules/channels.yaml); every CONTRACTS §2 id must be present.</summary>
public sealed class ChannelCatalog
{
    private readonly Dictionary<string, ChannelInfo> _channels;

    private ChannelCatalog(Dictionary<string, ChannelInfo> channels) => _channels = channels;

    public ChannelInfo this[string id] => _channels.TryGetValue(id, out var info) ? info : new ChannelInfo(id, id, string.Empty);

    public static ChannelCatalog Load(string path)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = File.Exists(path) ? yaml.Deserialize<FileDto>(File.ReadAllText(path)) : null;
        var channels = (file?.Channels ?? []).Where(c => c.Id is not null)
            .ToDictionary(c => c.Id!, c => new ChannelInfo(c.Id!, c.Name ?? c.Id!, c.How ?? string.Empty, c.ShowHow), StringComparer.Ordinal);
        var missing = ChannelIds.All.Where(id => !channels.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: channels missing: {string.Join(", ", missing)}");
        }

        return new ChannelCatalog(channels);
    }

    private sealed class FileDto
    {
        public List<ChannelDto>? Channels { get; set; }
    }

    private sealed class ChannelDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? How { get; set; }

        public bool ShowHow { get; set; }
    }
}

/// <summary>A channel's id, Chinese name, how to reach it, and whether answers led by it show that line (找谁).</summary>
public sealed record ChannelInfo(string Id, string Name, string How, bool ShowHow = false);
