using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// In-memory Lucene indexes (SmartCn segmentation, BM25) over published entries: one over guides and FAQs, one over
/// law articles, so each has its own term statistics (信访 is rare among law articles but common among FAQs).
/// Synonym groups add their canonical term to documents and queries, so 讨薪 finds 拖欠工资. Immutable once built.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string KindField = "kind";
    private const string TextField = "text";
    private const string KeywordsField = "keywords";
    private const string TitleField = "title";
    private const string SummaryField = "summary";
    private const string ExamplesField = "examples";
    private const float ExamplesBoost = 4.5f;
    private const float TitleBoost = 1.5f;
    private const float SummaryBoost = 1.5f;
    private const int MaxQueryTerms = 64;

    private readonly Part _documents;
    private readonly Part _laws;
    private readonly Analyzer _analyzer;
    private readonly Vocabulary _vocabulary;
    private readonly IReadOnlySet<string> _stopWords;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _segmented = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _canonicalSegments = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Query, int MaxTerms), List<string>> _queryTerms = new();

    private KnowledgeIndex(Part documents, Part laws, Analyzer analyzer, Vocabulary vocabulary, IReadOnlySet<string> stopWords)
    {
        _stopWords = stopWords;
        _documents = documents;
        _laws = laws;
        _analyzer = analyzer;
        _vocabulary = vocabulary;
    }

    public int Count => _documents.Reader.NumDocs + _laws.Reader.NumDocs;

    /// <summary>A fingerprint of the law articles the law part was built from (a rebuild with the same laws reuses it).</summary>
    private string? LawsKey { get; init; }

    private static readonly Lazy<Task> s_segmenter = new(() => Task.Run(() =>
    {
        using var analyzer = new SmartChineseAnalyzer(Version);
        using var stream = analyzer.GetTokenStream(TextField, new StringReader("拖欠工资"));
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }));

    /// <summary>
    /// Starts reading SmartCn's dictionaries (read from its assembly on the first segmentation in a process, ~0.5–2 s) on
    /// a pool thread, so start-up can do other work meanwhile and the first answer or index build finds them loaded.
    /// Idempotent; a failure here is left to the first real segmentation to report.
    /// </summary>
    public static Task PreloadSegmenter() => s_segmenter.Value;

    /// <summary>
    /// Builds the index over the published entries. With <paramref name="cacheFolder"/> the index is written to disk under
    /// a fingerprint of everything it is built from (entries, vocabulary, format) and reopened on the next start while
    /// nothing changed, which keeps start-up fast; any change of an entry gives a new fingerprint and a fresh build.
    /// </summary>
    /// <param name="previous">The index in use: when the published law articles are unchanged its law part is shared
    /// and only guides and FAQs are indexed again, so a staff edit reaches the bot in well under a second.</param>
    /// <param name="shippedFolder">A read-only folder of indexes prepared when the program was built (<c>caches/index</c>
    /// beside it): an index found there under the same fingerprint, with a matching manifest, is used as if cached.</param>
    public static KnowledgeIndex Build(IEnumerable<KnowledgeEntry> entries, Vocabulary vocabulary, IReadOnlySet<string>? stopWords = null, string? cacheFolder = null, KnowledgeIndex? previous = null, string? shippedFolder = null)
    {
        var published = entries.Where(e => e.IsPublished).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var analyzer = new SmartChineseAnalyzer(Version);
        var words = stopWords ?? new HashSet<string>();
        var lawsKey = IndexCache.Fingerprint(published.Where(e => e.Kind == EntryKind.Law).ToList(), vocabulary);
        if (previous?.LawsKey == lawsKey)
        {
            var docs = BuildPart(new RAMDirectory(), published.Where(e => e.Kind != EntryKind.Law), vocabulary, analyzer);
            return new KnowledgeIndex(docs, previous._laws.Share(), analyzer, vocabulary, words) { LawsKey = lawsKey };
        }

        if (cacheFolder is null)
        {
            var documents = Task.Run(() => BuildPart(new RAMDirectory(), published.Where(e => e.Kind != EntryKind.Law), vocabulary, analyzer));
            var laws = BuildPart(new RAMDirectory(), published.Where(e => e.Kind == EntryKind.Law), vocabulary, analyzer);
            return new KnowledgeIndex(documents.GetAwaiter().GetResult(), laws, analyzer, vocabulary, words) { LawsKey = lawsKey };
        }

        var fingerprint = IndexCache.Fingerprint(published, vocabulary);
        var target = Path.Combine(cacheFolder, fingerprint);
        if ((IndexCache.TryRead(target) ?? (shippedFolder is null ? null : IndexCache.TryRead(Path.Combine(shippedFolder, fingerprint)))) is not { } parts)
        {
            // Not built yet, unfinished, or damaged (a file differs from the manifest): built again, never searched.
            var temp = target + ".tmp-" + Guid.NewGuid().ToString("N");
            var documents = Task.Run(() => BuildPart(FSDirectory.Open(Path.Combine(temp, "docs")), published.Where(e => e.Kind != EntryKind.Law), vocabulary, analyzer));
            var laws = BuildPart(FSDirectory.Open(Path.Combine(temp, "laws")), published.Where(e => e.Kind == EntryKind.Law), vocabulary, analyzer);
            documents.GetAwaiter().GetResult().Dispose();
            laws.Dispose();
            IndexCache.WriteManifest(temp);
            parts = IndexCache.TryRead(temp) ?? throw new InvalidDataException("The search index just written cannot be read back: " + temp);
            IndexCache.TryDelete(target);
            try
            {
                System.IO.Directory.Move(temp, target);
            }
            catch (IOException)
            {
                // Another process finished the same index first (or a damaged folder could not be removed): this
                // process searches what it built and read back; the next start checks the folder again.
                IndexCache.TryDelete(temp);
            }
        }

        IndexCache.RemoveStale(cacheFolder, target);
        return new KnowledgeIndex(new Part(parts.Docs), new Part(parts.Laws), analyzer, vocabulary, words)
        {
            LawsKey = lawsKey,
        };
    }

    private static Part BuildPart(Lucene.Net.Store.Directory directory, IEnumerable<KnowledgeEntry> entries, Vocabulary vocabulary, Analyzer analyzer)
    {
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var entry in entries)
            {
                var body = entry.Kind == EntryKind.Law ? $"{entry.Chapter} {entry.Text}" : entry.Text;
                // Keywords written in parts (老公|丈夫…打我) are matched as patterns by the topic step, not searched as words.
                var keywords = string.Join(' ', entry.Keywords.Where(k => !KeywordPattern.IsPattern(k)));
                var expanded = string.Join(' ', vocabulary.CanonicalTerms(entry.Title + body + keywords));
                var doc = new Document
                {
                    new StringField(IdField, entry.Id, Field.Store.YES),
                    new StringField(KindField, entry.Kind, Field.Store.YES),
                    new TextField(TitleField, entry.Title, Field.Store.NO),
                    new TextField(TextField, body, Field.Store.NO),
                    new TextField(SummaryField, entry.Summary ?? string.Empty, Field.Store.NO),
                    new TextField(ExamplesField, string.Join('\n', entry.Examples), Field.Store.NO),
                    new TextField(KeywordsField, keywords + " " + expanded, Field.Store.NO),
                };
                writer.AddDocument(doc);
            }

            writer.Commit();
        }

        return new Part(directory);
    }

    /// <summary>Segments <paramref name="text"/> the way the index does; a message is segmented once and remembered briefly.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        if (_segmented.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var terms = new List<string>();
        using (var stream = _analyzer.GetTokenStream(TextField, new StringReader(text)))
        {
            var attribute = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var term = attribute.ToString();
                if (term.Length > 0 && !char.IsPunctuation(term[0]))
                {
                    terms.Add(term);
                }
            }

            stream.End();
        }

        if (_segmented.Count > 256)
        {
            _segmented.Clear();
        }

        _segmented[text] = terms;
        return terms;
    }

    /// <summary>Forgets remembered segmentations, so a benchmark measures every message as a new one.</summary>
    internal void ForgetSegmentations()
    {
        _segmented.Clear();
        _queryTerms.Clear();
    }

    /// <summary>
    /// Top <paramref name="count"/> published entries for a normalized query: law articles when <paramref name="kind"/> is
    /// <c>law</c>, otherwise guides and FAQs (of one kind when given).
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int count, string? kind = null, float keywordBoost = 2f, int maxTerms = MaxQueryTerms)
    {
        if (string.IsNullOrWhiteSpace(query) || count <= 0)
        {
            return [];
        }

        var terms = QueryTerms(query, maxTerms);
        if (terms.Count == 0)
        {
            return [];
        }

        var part = kind == EntryKind.Law ? _laws : _documents;
        var should = part.TermsQuery(terms, keywordBoost);

        Query final = should;
        if (kind is EntryKind.Guide or EntryKind.Faq)
        {
            final = new BooleanQuery
            {
                { should, Occur.MUST },
                { new TermQuery(new Term(KindField, kind)) { Boost = 0f }, Occur.MUST },
            };
        }

        var top = part.Searcher.Search(final, count);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var sd in top.ScoreDocs)
        {
            var (id, entryKind) = part.Stored(sd.Doc);
            hits.Add(new SearchHit(id, entryKind, sd.Score));
        }

        return hits;
    }

    /// <summary>BM25 scores of the given law articles for a query (0 for those that share no term with it).</summary>
    public IReadOnlyDictionary<string, float> ScoreLaws(string query, IReadOnlyCollection<string> ids)
    {
        var scores = new Dictionary<string, float>(StringComparer.Ordinal);
        var terms = QueryTerms(query);
        if (terms.Count == 0 || ids.Count == 0)
        {
            return scores;
        }

        // An id no article holds adds no clause (it matches nothing); the others reuse their remembered term look-up.
        var only = new BooleanQuery();
        foreach (var id in ids)
        {
            _laws.Add(only, IdField, id, 1f);
        }

        var final = new BooleanQuery
        {
            { _laws.TermsQuery(terms, 2f), Occur.MUST },
            { new ConstantScoreQuery(only) { Boost = 0f }, Occur.MUST },
        };
        var top = _laws.Searcher.Search(final, ids.Count);
        foreach (var sd in top.ScoreDocs)
        {
            scores[_laws.Stored(sd.Doc).Id] = sd.Score;
        }

        return scores;
    }

    /// <summary>A synonym group's canonical term, segmented once per index (their number is fixed by the vocabulary).</summary>
    private IReadOnlyList<string> CanonicalSegments(string canonical) => _canonicalSegments.GetOrAdd(canonical, Terms);

    /// <summary>A message's query terms, built once per message and term limit: an answer searches guides/FAQs and law
    /// articles with the same terms, then scores the topic's cited articles (remembered with the segmentations).</summary>
    internal List<string> QueryTerms(string query, int maxTerms = MaxQueryTerms)
    {
        if (_queryTerms.TryGetValue((query, maxTerms), out var cached))
        {
            return cached;
        }

        var terms = Terms(query).Where(t => !_stopWords.Contains(t))
            .Concat(_vocabulary.CanonicalTerms(query).SelectMany(CanonicalSegments))
            .Distinct(StringComparer.Ordinal).Take(maxTerms).ToList();
        if (_queryTerms.Count > 256)
        {
            _queryTerms.Clear();
        }

        _queryTerms[(query, maxTerms)] = terms;
        return terms;
    }

    /// <summary>
    /// The terms of a text as the index sees a document: its segments without stop words, plus the canonical terms of the
    /// synonym groups it holds (so 讨薪 in a message meets 拖欠工资 in a text). Not remembered: callers keep what they need.
    /// </summary>
    internal IEnumerable<string> DocumentTerms(string text) =>
        Terms(text).Where(t => !_stopWords.Contains(t))
            .Concat(_vocabulary.CanonicalTerms(text).SelectMany(CanonicalSegments))
            .Distinct(StringComparer.Ordinal);

    public void Dispose()
    {
        _documents.Dispose();
        _laws.Dispose();
        _analyzer.Dispose();
    }

    private sealed class Part : IDisposable
    {
        public Part(Lucene.Net.Store.Directory directory)
        {
            Directory = directory;
            Reader = DirectoryReader.Open(directory);
            Searcher = new IndexSearcher(Reader) { Similarity = new SharedNormBm25() };
            _stored = new (string, string)?[Reader.MaxDoc];
        }

        /// <summary>More remembered term look-ups than this (a flood of made-up words) and the memory starts over.</summary>
        private const int MaxRememberedTerms = 100_000;

        private int _users = 1;

        // What never changes while the part is open, looked up once instead of per search: each (field, term)'s place
        // in the term dictionary (absent ones too), and each document's stored id and kind.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), TermContext?> _terms = new();
        private readonly (string Id, string Kind)?[] _stored;

        public Lucene.Net.Store.Directory Directory { get; }
        public DirectoryReader Reader { get; }
        public IndexSearcher Searcher { get; }

        /// <summary>
        /// Every query term in every searched field, each with its boost. A term that no document of a field holds adds no
        /// clause: it can never match, and with BM25 (coordination and query norm both 1) a clause that matches nothing
        /// changes no score, so the hits and their scores are those of the full query.
        /// </summary>
        public BooleanQuery TermsQuery(IReadOnlyList<string> terms, float keywordBoost)
        {
            var should = new BooleanQuery();
            foreach (var term in terms)
            {
                Add(should, TextField, term, 1f);
                Add(should, TitleField, term, TitleBoost);
                Add(should, SummaryField, term, SummaryBoost);
                Add(should, KeywordsField, term, keywordBoost);
                Add(should, ExamplesField, term, ExamplesBoost);
            }

            return should;
        }

        /// <summary>A document's stored id and kind, read from the index once.</summary>
        public (string Id, string Kind) Stored(int doc)
        {
            if (_stored[doc] is { } known)
            {
                return known;
            }

            var document = Searcher.Doc(doc);
            var stored = (document.Get(IdField, CultureInfo.InvariantCulture), document.Get(KindField, CultureInfo.InvariantCulture));
            _stored[doc] = stored;
            return stored;
        }

        public void Add(BooleanQuery query, string field, string text, float boost)
        {
            if (!_terms.TryGetValue((field, text), out var context))
            {
                var built = TermContext.Build(Searcher.TopReaderContext, new Term(field, text));
                context = built.DocFreq > 0 ? built : null;
                if (_terms.Count >= MaxRememberedTerms)
                {
                    _terms.Clear();
                }

                _terms[(field, text)] = context;
            }

            if (context is not null)
            {
                query.Add(new TermQuery(new Term(field, text), context) { Boost = boost }, Occur.SHOULD);
            }
        }

        /// <summary>One more index uses this part; it is closed when the last one is disposed.</summary>
        public Part Share()
        {
            Interlocked.Increment(ref _users);
            return this;
        }

        public void Dispose()
        {
            if (Interlocked.Decrement(ref _users) == 0)
            {
                Reader.Dispose();
                Directory.Dispose();
            }
        }
    }
}
