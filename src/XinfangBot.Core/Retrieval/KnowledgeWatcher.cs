using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// Looks at the knowledge version in LiteDB every <see cref="KnowledgeOptions.RefreshSeconds"/> and has the service
/// rebuild the snapshot when it moved, so a change published by another process (e.g. <c>kb import</c> in shared mode)
/// reaches the running bot without a restart. Rebuilds run here, off the answering path.
/// </summary>
internal sealed partial class KnowledgeWatcher(KnowledgeService knowledge, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                knowledge.Refresh();
                knowledge.DisposeRetired();
            }
            catch (Exception ex) when (ex is IOException or LiteDB.LiteException or InvalidOperationException or UnauthorizedAccessException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge refresh failed; the current knowledge stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
