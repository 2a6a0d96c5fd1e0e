namespace XinfangBot.Core.Escalations;

/// <summary>
/// A draft FAQ made from a resolved case for curators: the citizen's question and the staff answer, both masked.
/// It never goes to citizens until a curator writes it into knowledge/faq and imports it.
/// </summary>
public sealed class FaqDraft
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Question { get; set; } = string.Empty;
    public string Answer { get; set; } = string.Empty;
    public string Author { get; set; } = string.Empty;
    public DateTime CreatedUtc { get; set; }
    public string Status { get; set; } = "draft";

    /// <summary>The knowledge id a curator would give it: <c>faq/case-&lt;case&gt;</c>.</summary>
    public string SuggestedId => $"faq/case-{CaseId}";
}
