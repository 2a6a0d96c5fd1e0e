using XinfangBot.Core.Conversations;

namespace XinfangBot.Core.Escalations;

/// <summary>The outcome of a case operation: the case as it is now, or why it was refused.</summary>
public sealed record CaseResult(Escalation? Case, string? Error = null)
{
    public bool Ok => Error is null;

    public static CaseResult Refused(string error, Escalation? escalation = null) => new(escalation, error);
}
