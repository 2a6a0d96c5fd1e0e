namespace XinfangBot.Core.Retrieval;

/// <summary>
/// Whether the first knowledge snapshot is loaded, for a running host: <see cref="KnowledgeLoader"/> imports and indexes
/// the knowledge in the background, channels tell a citizen who writes meanwhile to wait a moment, and /healthz reports
/// not ready. Verbs without a host (<c>ask</c>, <c>answer</c>, <c>eval</c>, <c>chat</c>) load on first use and wait, as before.
/// </summary>
public sealed class KnowledgeReadiness(KnowledgeService knowledge)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once a snapshot was built (by the loader, or by whoever asked for the knowledge first).</summary>
    public bool IsReady => _ready.Task.IsCompleted || knowledge.Version >= 0;

    /// <summary>Called by the loader when the first snapshot is in use.</summary>
    public void MarkReady() => _ready.TrySetResult();

    /// <summary>Completes when the knowledge is ready (at once when it already is).</summary>
    public Task WaitAsync(CancellationToken cancellationToken) =>
        IsReady ? Task.CompletedTask : _ready.Task.WaitAsync(cancellationToken);
}
