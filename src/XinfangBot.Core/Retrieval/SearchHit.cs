namespace XinfangBot.Core.Retrieval;

/// <summary>One retrieved entry with its BM25 score (higher is better).</summary>
public sealed record SearchHit(string Id, string Kind, float Score);
