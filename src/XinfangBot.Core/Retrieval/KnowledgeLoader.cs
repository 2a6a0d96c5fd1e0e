using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// The running host's knowledge import and index build, off the start-up path: the host (Telegram, console) starts at
/// once and <see cref="KnowledgeReadiness"/> turns ready when the first snapshot is in use. A failure is logged and the
/// load is tried again; until it succeeds the channels keep telling citizens to wait and /healthz says not ready.
/// </summary>
public sealed partial class KnowledgeLoader(KnowledgeService knowledge, KnowledgeReadiness readiness, TimeProvider time, ILogger<KnowledgeLoader> logger) : BackgroundService
{
    /// <summary>How long to wait before trying again after a failed load.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = time.GetTimestamp();
                var count = await Task.Run(() => knowledge.Current.Count, stoppingToken).ConfigureAwait(false);
                readiness.MarkReady();
                LogReady(logger, count, time.GetElapsedTime(started).TotalMilliseconds);
                return;
            }
            catch (Exception ex) when (ex is IOException or LiteDB.LiteException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException)
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(RetryAfter, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge ready: {Count} published entries, loaded in the background in {Ms:F0} ms")]
    private static partial void LogReady(ILogger logger, int count, double ms);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge load failed; citizens are asked to wait and it is tried again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
