using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Retrieval;

/// <summary>An immutable snapshot of the published knowledge and its search index; replaced whole when entries change.</summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly Dictionary<string, KnowledgeEntry> _entries;

    /// <param name="previous">The snapshot being replaced, whose law index is shared when the laws did not change.</param>
    public KnowledgeBase(IEnumerable<KnowledgeEntry> entries, Vocabulary vocabulary, IReadOnlySet<string>? stopWords = null, string? indexCache = null, KnowledgeBase? previous = null, string? shippedIndex = null)
    {
        _entries = entries.Where(e => e.IsPublished).ToDictionary(e => e.Id, StringComparer.Ordinal);
        Index = KnowledgeIndex.Build(_entries.Values, vocabulary, stopWords, indexCache, previous?.Index, shippedIndex);
        Documents = _entries.Values.Where(e => e.Kind != EntryKind.Law).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        // A keyword shared by several entries says less about which one is meant: weight it by 1/√(entries using it).
        var users = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in Documents.SelectMany(d => d.Keywords.Distinct(StringComparer.OrdinalIgnoreCase)))
        {
            users[keyword] = users.GetValueOrDefault(keyword) + 1;
        }

        _keywordPatterns = new Dictionary<string, KeywordPattern>(StringComparer.Ordinal);
        foreach (var keyword in users.Keys)
        {
            if (KeywordPattern.Parse(keyword) is { } pattern)
            {
                _keywordPatterns[keyword] = pattern;
            }
        }

        // A guide's leads and situations may name a step in parts too (断|停…水|电): parsed once like the keywords.
        var stepWords = _entries.Values.SelectMany(e => e.Leads.SelectMany(l => l.When).Concat(e.Situations.SelectMany(s => s.When)));
        foreach (var word in stepWords.Where(KeywordPattern.IsPattern))
        {
            if (!_keywordPatterns.ContainsKey(word) && KeywordPattern.Parse(word) is { } pattern)
            {
                _keywordPatterns[word] = pattern;
            }
        }

        // How each curated keyword of the snapshot is looked for, decided once instead of on every message (the case test
        // asks ICU about every character: ~8 % of an answer when it ran per keyword per message).
        _keywordMatchers = new Dictionary<string, (KeywordPattern? Pattern, StringComparison Comparison)>(StringComparer.Ordinal);
        foreach (var keyword in _entries.Values.SelectMany(e => e.Keywords))
        {
            if (!_keywordMatchers.ContainsKey(keyword))
            {
                _keywordMatchers[keyword] = (KeywordPattern.IsPattern(keyword) ? _keywordPatterns.GetValueOrDefault(keyword) : null, CaseOf(keyword));
            }
        }

        _keywordWeights = users.ToDictionary(
            u => u.Key,
            u => (u.Key.Length <= 2 ? 0.8 : u.Key.Length == 3 ? 1.2 : 1.5) / Math.Sqrt(u.Value),
            StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, double> _keywordWeights;
    private readonly Dictionary<string, KeywordPattern> _keywordPatterns;
    private readonly Dictionary<string, (KeywordPattern? Pattern, StringComparison Comparison)> _keywordMatchers;

    /// <summary>Whether a word of a guide's <c>leads</c> occurs in <paramref name="text"/>: a plain word as a substring
    /// (ordinal: lead words are Chinese), a word written in parts as <see cref="HasKeyword"/> finds it.</summary>
    public bool HasLeadWord(string text, string word, int gap) =>
        KeywordPattern.IsPattern(word)
            ? _keywordPatterns.TryGetValue(word, out var pattern) && pattern.IsFoundIn(text, gap)
            : text.Contains(word, StringComparison.Ordinal);

    /// <summary>Whether a curated keyword occurs in <paramref name="text"/>: a plain word as a substring (ignoring case
    /// when it has cased letters), a keyword written in parts (<see cref="KeywordPattern"/>) part after part within
    /// <paramref name="gap"/> characters in one sentence.</summary>
    public bool HasKeyword(string text, string keyword, int gap)
    {
        if (_keywordMatchers.TryGetValue(keyword, out var known))
        {
            return known.Pattern is { } found ? found.IsFoundIn(text, gap) : text.Contains(keyword, known.Comparison);
        }

        return KeywordPattern.IsPattern(keyword) && _keywordPatterns.TryGetValue(keyword, out var pattern)
            ? pattern.IsFoundIn(text, gap)
            : text.Contains(keyword, CaseOf(keyword));
    }

    /// <summary>A keyword without cased letters (most Chinese keywords) is found with the ordinal search, which gives
    /// the same answer as the case-insensitive one for it and is many times faster.</summary>
    private static StringComparison CaseOf(string keyword)
    {
        foreach (var c in keyword)
        {
            if (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            {
                return StringComparison.OrdinalIgnoreCase;
            }
        }

        return StringComparison.Ordinal;
    }
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<(int Number, string Unit)>> _periods = new(StringComparer.Ordinal);

    /// <summary>The periods an entry's text states (30日, 六个月 …), found once per snapshot.</summary>
    public IReadOnlySet<(int Number, string Unit)> PeriodsOf(KnowledgeEntry entry) =>
        _periods.GetOrAdd(entry.Id, _ => PeriodFinder.Find(entry.Text));

    /// <summary>Every period stated by the law articles among <paramref name="citations"/>: what an answer may state.</summary>
    public HashSet<(int Number, string Unit)> PeriodsCitedBy(IEnumerable<string> citations)
    {
        var allowed = new HashSet<(int, string)>();
        foreach (var id in citations)
        {
            if (Get(id) is { Kind: EntryKind.Law } article)
            {
                allowed.UnionWith(PeriodsOf(article));
            }
        }

        return allowed;
    }

    /// <summary>How much a matched keyword says about its entry: longer and rarer keywords weigh more.</summary>
    public double KeywordWeight(string keyword) => _keywordWeights.GetValueOrDefault(keyword, keyword.Length <= 2 ? 0.8 : 1.2);

    public KnowledgeIndex Index { get; }

    /// <summary>The published guides and FAQs.</summary>
    public IReadOnlyList<KnowledgeEntry> Documents { get; }

    public int Count => _entries.Count;

    public IEnumerable<KnowledgeEntry> Entries => _entries.Values;

    public KnowledgeEntry? Get(string id) => _entries.GetValueOrDefault(id);

    public bool Exists(string id) => _entries.ContainsKey(id);

    public void Dispose() => Index.Dispose();
}
