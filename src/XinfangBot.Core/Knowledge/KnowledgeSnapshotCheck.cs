namespace XinfangBot.Core.Knowledge;

/// <summary>
/// The last guard before knowledge reaches citizens: in the published set every citation of a guide or FAQ names a
/// published entry, and every quote is verbatim in the article it quotes. Imports and publishing check this first;
/// this catches what slipped past (e.g. an article unpublished while an entry still cites it).
/// </summary>
public static class KnowledgeSnapshotCheck
{
    public static IReadOnlyList<SnapshotProblem> Problems(IEnumerable<KnowledgeEntry> entries)
    {
        var published = entries.Where(e => e.IsPublished).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var problems = new List<SnapshotProblem>();
        foreach (var entry in published.Values.Where(e => e.Kind != EntryKind.Law).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var cite in entry.Cites.Where(c => !published.ContainsKey(c)))
            {
                problems.Add(new SnapshotProblem(entry.Id, $"cites '{cite}', which is not published"));
            }

            foreach (var (cite, quote) in entry.Quotes)
            {
                if (published.TryGetValue(cite, out var article) && !article.Text.Contains(quote, StringComparison.Ordinal))
                {
                    problems.Add(new SnapshotProblem(entry.Id, $"quote for '{cite}' is not verbatim in that article"));
                }
            }
        }

        return problems;
    }
}

/// <summary>One reason a published entry cannot be served.</summary>
public sealed record SnapshotProblem(string EntryId, string Message)
{
    public override string ToString() => $"{EntryId}: {Message}";
}
