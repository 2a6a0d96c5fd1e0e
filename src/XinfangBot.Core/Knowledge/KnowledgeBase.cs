using XinfangBot.Core.Normalization;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Knowledge;

/// <summary>An immutable snapshot of the published knowledge and its search index; replaced whole when entries change.</summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly Dictionary<string, KnowledgeEntry> _entries;

    public KnowledgeBase(IEnumerable<KnowledgeEntry> entries, Vocabulary vocabulary, IReadOnlySet<string>? stopWords = null)
    {
        _entries = entries.Where(e => e.IsPublished).ToDictionary(e => e.Id, StringComparer.Ordinal);
        Index = KnowledgeIndex.Build(_entries.Values, vocabulary, stopWords);
        Documents = _entries.Values.Where(e => e.Kind != EntryKind.Law).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    public KnowledgeIndex Index { get; }

    /// <summary>The published guides and FAQs.</summary>
    public IReadOnlyList<KnowledgeEntry> Documents { get; }

    public int Count => _entries.Count;

    public IEnumerable<KnowledgeEntry> Entries => _entries.Values;

    public KnowledgeEntry? Get(string id) => _entries.GetValueOrDefault(id);

    public bool Exists(string id) => _entries.ContainsKey(id);

    public void Dispose() => Index.Dispose();
}
