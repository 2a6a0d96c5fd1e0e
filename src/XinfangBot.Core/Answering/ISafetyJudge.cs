using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Answering;

/// <summary>
/// A second opinion on a message the offline triage left uncertain (a language model: <c>Llm.SafetyJudge</c>); it can
/// only raise the risk. Owned here so that answering does not depend on the model.
/// </summary>
public interface ISafetyJudge
{
    bool IsEnabled { get; }

    Task<SafetyLabel?> JudgeAsync(string message, CancellationToken cancellationToken);
}
