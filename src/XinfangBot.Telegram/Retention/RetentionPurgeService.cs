using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Telegram.Retention;

/// <summary>
/// While the hosted channel runs, purges conversations with no activity for Storage:RetentionDays (default 180) at
/// start and then daily, as /privacy promises. 0 keeps conversations until the citizen uses /forget.
/// </summary>
internal sealed partial class RetentionPurgeService(ConversationStore store, IOptions<StorageOptions> storage, TimeProvider time, ILogger<RetentionPurgeService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var days = storage.Value.RetentionDays;
        if (days <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                LogPurged(logger, store.Purge(days), days);
            }
            catch (LiteDB.LiteException ex)
            {
                LogPurgeFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed; trying again tomorrow")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: purged {Count} conversation(s) inactive for more than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}
