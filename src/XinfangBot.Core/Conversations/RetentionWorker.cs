using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Conversations;

/// <summary>Purges conversations idle longer than <c>Storage:RetentionDays</c>, at start-up and then once a day.</summary>
public sealed partial class RetentionWorker(ConversationStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                PurgeNow();
            }
            catch (LiteDB.LiteException ex)
            {
                // A failed purge is retried tomorrow; it never stops the bot.
                LogFailed(logger, ex.Message);
            }

            try
            {
                await Task.Delay(TimeSpan.FromDays(1), time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One purge pass; returns how many conversations were removed.</summary>
    public int PurgeNow()
    {
        var days = options.Value.RetentionDays;
        var removed = store.Purge(days);
        if (removed > 0)
        {
            LogPurged(logger, removed, days);
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed: {Message}")]
    private static partial void LogFailed(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: purged {Count} conversation(s) idle for more than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
