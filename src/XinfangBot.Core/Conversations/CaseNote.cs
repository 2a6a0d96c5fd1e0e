namespace XinfangBot.Core.Conversations;

/// <summary>A staff note on a case (masked): who wrote it, when, and on which action (take, release, resolve, note).</summary>
public sealed class CaseNote
{
    public DateTime AtUtc { get; set; }
    public string Author { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
}
