namespace XinfangBot.Core.Staff;

/// <summary>One audited event: a sign-in (or failed one), a transcript viewed, a case action. Never a citizen's words.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    public string? Target { get; set; }
    public string? Detail { get; set; }
}
