namespace XinfangBot.Core.Knowledge;

/// <summary>Publication states of an entry; only published entries are answered from.</summary>
public static class EntryStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Retired = "retired";

    public static bool IsKnown(string? status) => status is Draft or Published or Retired;
}
