using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Delivery;

namespace XinfangBot.Telegram.Sending;

/// <summary>
/// Delivers what the outbox still holds: at start-up whatever a crash or shutdown left, then every reply that failed,
/// at its next scheduled attempt (backoff up to a minute, for as long as Telegram stays unreachable).
/// </summary>
internal sealed partial class OutboxWorker(ReplyOutbox outbox, DeliveryStore store, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var deferred = outbox.Deferred;
            try
            {
                var now = time.GetUtcNow().UtcDateTime;
                foreach (var chat in store.DueChats(ReplyOutbox.Channel, now))
                {
                    await outbox.DeliverAsync(chat, stoppingToken);
                }

                var next = store.NextDue(ReplyOutbox.Channel);
                var wait = next is { } due ? due - time.GetUtcNow().UtcDateTime : Idle;
                if (wait > TimeSpan.Zero)
                {
                    using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    await Task.WhenAny(deferred, Task.Delay(wait < Idle ? wait : Idle, time, timer.Token));
                    await timer.CancelAsync();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // E.g. the database failed for a moment: the outbox is durable, so try again shortly.
                LogFailed(logger, ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox delivery round failed; trying again in 5 s")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
