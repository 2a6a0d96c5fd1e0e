namespace XinfangBot.Core.Knowledge;

/// <summary>What an import did: entry counts and the errors of files that were rejected (their last good version is kept).</summary>
public sealed record ImportReport(int Added, int Changed, int Unchanged, int Retired, IReadOnlyList<string> RejectedFiles, IReadOnlyList<KnowledgeError> Errors)
{
    /// <summary>Files changed both in the folder and in LiteDB since the last import, with the side that was kept.</summary>
    public IReadOnlyList<ImportConflict> Conflicts { get; init; } = [];

    public bool HasChanges => Added + Changed + Retired > 0;

    public override string ToString() =>
        $"added {Added}, changed {Changed}, unchanged {Unchanged}, retired {Retired}, rejected {RejectedFiles.Count} file(s)" +
        (Conflicts.Count > 0 ? $", {Conflicts.Count} conflict(s)" : string.Empty);
}
