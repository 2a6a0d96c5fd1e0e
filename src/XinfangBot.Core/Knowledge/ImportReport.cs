namespace XinfangBot.Core.Knowledge;

/// <summary>What an import did: entry counts and the errors of files that were rejected (their last good version is kept).</summary>
public sealed record ImportReport(int Added, int Changed, int Unchanged, int Retired, IReadOnlyList<string> RejectedFiles, IReadOnlyList<KnowledgeError> Errors)
{
    public bool HasChanges => Added + Changed + Retired > 0;

    public override string ToString() =>
        $"added {Added}, changed {Changed}, unchanged {Unchanged}, retired {Retired}, rejected {RejectedFiles.Count} file(s)";
}
