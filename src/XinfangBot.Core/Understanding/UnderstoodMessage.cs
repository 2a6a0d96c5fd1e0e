using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// What the engine understood: the best topic (and a second issue, if the message raises one with another channel),
/// how confident it is, what the question asks, and the law articles retrieval found for it.
/// </summary>
public sealed record UnderstoodMessage(
    TopicMatch? Topic,
    TopicMatch? Second,
    double Confidence,
    Aspect Aspect,
    IReadOnlyList<SearchHit> LawHits,
    string Query,
    bool UsedHistory)
{
    public bool HasTopic => Topic is not null;

    /// <summary>BM25 of the best topic per query term: how strongly the words of the message meet the knowledge base.</summary>
    public double Strength { get; init; }

    /// <summary>The routing rule that adjusted the topic, if any.</summary>
    public string? Routing { get; init; }

    /// <summary>The earlier turns of the citizen a follow-up was understood with (latest first), when it used them.</summary>
    public string? Context { get; init; }
}
