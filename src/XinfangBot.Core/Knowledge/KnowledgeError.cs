namespace XinfangBot.Core.Knowledge;

/// <summary>A problem found in a knowledge file, with the file (relative to the knowledge folder) and 1-based line.</summary>
public sealed record KnowledgeError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
