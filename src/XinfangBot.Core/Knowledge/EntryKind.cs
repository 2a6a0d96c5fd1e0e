namespace XinfangBot.Core.Knowledge;

/// <summary>The kinds of knowledge entry. Stored and written as lower-case words.</summary>
public static class EntryKind
{
    public const string Law = "law";
    public const string Guide = "guide";
    public const string Faq = "faq";

    public static bool IsKnown(string? kind) => kind is Law or Guide or Faq;
}
