using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// BM25 for searching, scoring exactly as Lucene's <see cref="BM25Similarity"/> (k1 1.2, b 0.75; its own idf, average
/// length and norm decoding are called), but without the per-term allocations: Lucene fills a new table of
/// k1·(1 − b + b·length/avgdl) over the 256 norm values for every term of every field of every query (1 KiB each; ~100 KiB
/// of the ~875 KiB an answer allocated) and formats an idf explanation string; here the table is built once per average length (one per field
/// of an index part) and shared read-only, and the idf is kept as a number. Explanations are Lucene's generic ones.
/// Indexing keeps <see cref="BM25Similarity"/> (norms are encoded by it; this class encodes them the same way).
/// </summary>
internal sealed class SharedNormBm25 : Similarity
{
    private static readonly Standard Lucene = new();
    private readonly ConcurrentDictionary<float, float[]> _tables = new();

    public override long ComputeNorm(FieldInvertState state) => Lucene.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        // As BM25Similarity.IdfExplain: one term's idf, or the float sum of each term's in order.
        var idf = 0f;
        if (termStats.Length == 1)
        {
            idf = Lucene.IdfOf(termStats[0].DocFreq, collectionStats.MaxDoc);
        }
        else
        {
            foreach (var stat in termStats)
            {
                idf += Lucene.IdfOf(stat.DocFreq, collectionStats.MaxDoc);
            }
        }

        var avgdl = Lucene.AverageLength(collectionStats);
        if (!_tables.TryGetValue(avgdl, out var table))
        {
            table = new float[256];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = Lucene.K1 * ((1 - Lucene.B) + (Lucene.B * Lucene.Decode((byte)i) / avgdl));
            }

            if (_tables.Count > 1024)
            {
                _tables.Clear();
            }

            _tables[avgdl] = table;
        }

        return new Stats(collectionStats.Field, idf, queryBoost, table);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        return new Scorer(stats.Weight * (Lucene.K1 + 1), stats.Table, context.AtomicReader.GetNormValues(stats.Field));
    }

    public override string ToString() => "BM25(k1=" + Lucene.K1 + ",b=" + Lucene.B + ") with shared norm tables";

    private sealed class Stats(string field, float idf, float queryBoost, float[] table) : SimWeight
    {
        public string Field { get; } = field;

        public float[] Table { get; } = table;

        public float Weight { get; private set; }

        public override float GetValueForNormalization()
        {
            var queryWeight = idf * queryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost) => Weight = idf * queryBoost * topLevelBoost;
    }

    private sealed class Scorer(float weightValue, float[] table, NumericDocValues? norms) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            // Without norms BM25 acts as if b were 0.
            var norm = norms is null ? Lucene.K1 : table[(sbyte)norms.Get(doc) & 0xFF];
            return weightValue * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;
    }

    /// <summary>Lucene's BM25 parts this class reuses as they are.</summary>
    private sealed class Standard : BM25Similarity
    {
        public float IdfOf(long docFreq, long numDocs) => Idf(docFreq, numDocs);

        public float AverageLength(CollectionStatistics stats) => AvgFieldLength(stats);

        public float Decode(byte value) => DecodeNormValue(value);
    }
}
