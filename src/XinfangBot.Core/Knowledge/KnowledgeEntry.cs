namespace XinfangBot.Core.Knowledge;

/// <summary>
/// One citable unit of knowledge: a law article (<c>slug#n</c>), a guide (<c>guide/slug</c>) or an FAQ (<c>faq/slug</c>).
/// </summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>The full text: for a law article the verbatim article, for a guide or FAQ its Markdown body.</summary>
    public required string Text { get; init; }

    public string Status { get; init; } = EntryStatus.Published;
    public string? Summary { get; init; }
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Cites { get; init; } = [];
    public IReadOnlyDictionary<string, string> Quotes { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Deadlines { get; init; } = [];
    public IReadOnlyList<string> Followups { get; init; } = [];

    /// <summary>Which cited articles lead when the message asks about one step or part of the matter (<see cref="CiteLead"/>).</summary>
    public IReadOnlyList<CiteLead> Leads { get; init; } = [];

    /// <summary>Steps shown only when the message names the one situation they serve (<see cref="StepCondition"/>).</summary>
    public IReadOnlyList<StepCondition> Situations { get; init; } = [];

    /// <summary>How citizens typically put this matter in their own words (guides and FAQs); searched, never shown.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
    public string? Source { get; init; }
    public string? Effective { get; init; }
    public string? Reviewed { get; init; }

    /// <summary>The knowledge file this entry comes from, relative to the knowledge folder.</summary>
    public required string File { get; init; }

    /// <summary>For a law article: the law's slug, short title (《…》), chapter heading and article number.</summary>
    public string? LawSlug { get; init; }
    public string? LawTitle { get; init; }
    public string? Chapter { get; init; }
    public int ArticleNumber { get; init; }

    public bool IsPublished => Status == EntryStatus.Published;
}
