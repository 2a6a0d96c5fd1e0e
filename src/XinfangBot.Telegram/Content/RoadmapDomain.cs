namespace XinfangBot.Telegram.Content;

/// <summary>One domain of the roadmap (路线图) and the knowledge ids of its guides (导引图) or FAQs.</summary>
public sealed class RoadmapDomain
{
    public string Domain { get; set; } = string.Empty;
    public List<string> Topics { get; set; } = [];
}
