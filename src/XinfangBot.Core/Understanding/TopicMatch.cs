using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Understanding;

/// <summary>A guide or FAQ judged to be what the message is about, with its score and the keywords that matched.</summary>
public sealed record TopicMatch(KnowledgeEntry Entry, double Score, double Bm25, IReadOnlyList<string> MatchedKeywords)
{
    /// <summary>The weighted sum of the matched keywords.</summary>
    public double KeywordScore { get; init; }
}
