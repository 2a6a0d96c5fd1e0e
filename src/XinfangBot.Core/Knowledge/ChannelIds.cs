namespace XinfangBot.Core.Knowledge;

/// <summary>The fixed channel ids of CONTRACTS §2; their Chinese names and contact lines live in rules/channels.yaml.</summary>
public static class ChannelIds
{
    public static readonly IReadOnlyList<string> All =
    [
        "petition", "civil-litigation", "administrative-reconsideration", "administrative-litigation",
        "labor-arbitration", "labor-inspection", "rural-land-arbitration", "mediation", "judicial-remedy", "police",
        "discipline-inspection", "hotline-12345", "consumer-complaint", "information-disclosure", "social-assistance",
        "legal-aid", "state-compensation", "emergency",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string id) => Known.Contains(id);
}
