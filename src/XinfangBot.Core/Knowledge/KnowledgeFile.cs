namespace XinfangBot.Core.Knowledge;

/// <summary>A knowledge file as staff wrote it, byte for byte, with the entries parsed from it.</summary>
public sealed record KnowledgeFile(string Path, string RawText, IReadOnlyList<KnowledgeEntry> Entries);
