using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// The Telegram channel: long-polls getUpdates and hands each update to its chat's lane. Pending updates are never
/// dropped: getUpdates is always called with the lowest unfinished update as offset, so Telegram keeps everything not
/// yet answered, and that offset is persisted (with each update's answer, in one transaction) only as updates finish. The in-flight count is bounded
/// (Telegram:QueueCapacity): the poller waits when it is reached. On shutdown polling stops, in-flight updates get
/// Telegram:ShutdownGraceSeconds to finish, and whatever is left is redelivered after the restart.
/// </summary>
internal sealed partial class TelegramWorker(
    UpdateFetcher fetcher,
    UpdateProcessor processor,
    UpdateLedger ledger,
    BotSender sender,
    BotStartup startup,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<TelegramWorker> logger,
    XinfangBot.Core.Health.ChannelHeartbeat heartbeat) : BackgroundService
{
    public const string OffsetKey = "telegram:offset";
    private const int MaxBatch = 100;
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(50);
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private readonly Lock _commitGate = new();
    private long _committed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        heartbeat.Started("telegram");
        await startup.RunAsync(stoppingToken);

        // Polling mode: a webhook left from webhook mode would make every getUpdates fail (409). Pending updates are kept.
        await TryDeleteWebhookAsync(stoppingToken, atStart: true);

        _committed = ledger.Offset ?? 0;
        var tracker = new OffsetTracker((int)_committed);
        ledger.Track(tracker);
        using var capacity = new SemaphoreSlim(settings.QueueCapacity, settings.QueueCapacity);
        using var processing = new CancellationTokenSource();
        using var lanes = new ChatLanes(settings.MaxConcurrentChats, (update, ct) => ProcessAsync(update, tracker, capacity, ct), processing.Token);
        LogStarted(logger, _committed, settings.MaxConcurrentChats, settings.QueueCapacity);
        try
        {
            await PollAsync(tracker, lanes, capacity, settings, stoppingToken);
        }
        finally
        {
            await DrainAsync(lanes, processing, tracker, TimeSpan.FromSeconds(settings.ShutdownGraceSeconds));
        }
    }

    private async Task PollAsync(OffsetTracker tracker, ChatLanes lanes, SemaphoreSlim capacity, TelegramOptions settings, CancellationToken stoppingToken)
    {
        var failures = 0;
        var pruned = 0;
        var limit = Math.Min(MaxBatch, settings.QueueCapacity);
        while (!stoppingToken.IsCancellationRequested)
        {
            var offset = tracker.Offset;
            Update[] updates;
            (int Id, int Length, string Error)[] unreadable;
            try
            {
                (updates, unreadable) = await fetcher.GetUpdatesAsync(offset, limit, settings.PollTimeoutSeconds, AllowedUpdates, stoppingToken);
                heartbeat.Beat("telegram");
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                LogUnauthorized(logger, ex.ErrorCode);

                // A configuration error (CONTRACTS §6): the program ends with exit code 3, not as if it had finished.
                Environment.ExitCode = 3;
                lifetime.StopApplication();
                return;
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException or OperationCanceledException or IOException)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5)) / 2));
                LogPollFailed(logger, (ex as ApiRequestException)?.ErrorCode ?? 0, ex.GetType().Name, ex.Message, delay.TotalSeconds);
                if (ex is ApiRequestException { ErrorCode: 409 } conflict && conflict.Message.Contains("webhook", StringComparison.OrdinalIgnoreCase))
                {
                    await TryDeleteWebhookAsync(stoppingToken);
                }

                if (!await DelayAsync(delay, stoppingToken))
                {
                    return;
                }

                continue;
            }

            // Telegram has now confirmed every update below the offset it was asked with: they cannot come back.
            if (offset - pruned >= MaxBatch)
            {
                ledger.PruneBelow(offset);
                pruned = offset;
            }

            var fresh = 0;
            foreach (var (id, update) in updates.Select(u => (u.Id, (Update?)u)).Concat(unreadable.Select(u => (u.Id, (Update?)null))).OrderBy(u => u.Item1))
            {
                if (!tracker.TryBegin(id))
                {
                    continue;
                }

                if (update is null)
                {
                    // Recorded (id, size, error; never the content) and passed over: it must not hold up everyone else.
                    var bad = unreadable.First(u => u.Id == id);
                    LogUnreadable(logger, id, bad.Length, bad.Error);
                    ledger.RecordUnreadable(id, bad.Length, bad.Error);
                    Commit(tracker.Complete(id));
                    fresh++;
                    continue;
                }

                try
                {
                    await capacity.WaitAsync(stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    // Begun but never queued: it stays unfinished, so the offset cannot pass it and Telegram keeps it.
                    return;
                }

                lanes.Enqueue(UpdateTranslator.LaneKey(update), update);
                fresh++;
            }

            if (updates.Length > 0 && fresh == 0)
            {
                // Only updates already in flight came back (Telegram re-sends everything from the offset): wait for some
                // to finish, and a moment more so several finish, rather than fetching the same batch again at once.
                try
                {
                    await tracker.WaitForProgressAsync(TimeSpan.FromMilliseconds(500), time, stoppingToken);
                    await Task.Delay(Coalesce, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ProcessAsync(Update update, OffsetTracker tracker, SemaphoreSlim capacity, CancellationToken cancellationToken)
    {
        bool finished;
        try
        {
            finished = await processor.ProcessAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // E.g. the database failed while giving the update up. Finish it anyway: an update that never finishes would
            // hold the offset, and Telegram returns nothing beyond the 100 updates that follow it.
            LogProcessingFailed(logger, ex, update.Id);
            finished = true;
        }
        finally
        {
            capacity.Release();
        }

        if (finished)
        {
            Commit(tracker.Complete(update.Id));
        }
    }

    /// <summary>The offset below which every update is finished (persisted by the ledger with each update).</summary>
    private void Commit(int offset)
    {
        lock (_commitGate)
        {
            if (offset > _committed)
            {
                ledger.SaveOffset(offset);
                _committed = offset;
            }
        }
    }

    private async Task DrainAsync(ChatLanes lanes, CancellationTokenSource processing, OffsetTracker tracker, TimeSpan grace)
    {
        var idle = lanes.WhenIdleAsync();
        try
        {
            await idle.WaitAsync(grace, time);
        }
        catch (TimeoutException)
        {
            LogAbandoning(logger, tracker.PendingCount);
            await processing.CancelAsync();
            await idle;
        }

        LogStopped(logger, tracker.Offset, tracker.PendingCount);
    }

    private async Task TryDeleteWebhookAsync(CancellationToken cancellationToken, bool atStart = false)
    {
        try
        {
            await sender.DeleteWebhookAsync(cancellationToken);
            if (!atStart)
            {
                LogWebhookDeleted(logger);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            LogPollFailed(logger, 0, ex.GetType().Name, ex.Message, 0);
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {Update} could not be read ({Length} bytes, {Error}); recorded and skipped")]
    private static partial void LogUnreadable(ILogger logger, int update, int length, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {Update} failed outside its handler; given up")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, int update);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram polling from offset {Offset}: up to {Chats} chats at once, {Capacity} updates in flight")]
    private static partial void LogStarted(ILogger logger, long offset, int chats, int capacity);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({Code}). Check Telegram:BotToken (env Telegram__BotToken); stopping.")]
    private static partial void LogUnauthorized(ILogger logger, int code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Code}, {Error}: {Description}); retrying in {DelaySeconds:F1} s")]
    private static partial void LogPollFailed(ILogger logger, int code, string error, string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook was set; deleted it (pending updates kept) so polling can work")]
    private static partial void LogWebhookDeleted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown grace over: abandoning {Pending} unfinished update(s); Telegram will deliver them again")]
    private static partial void LogAbandoning(ILogger logger, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram polling stopped at offset {Offset} ({Pending} update(s) left for the next start)")]
    private static partial void LogStopped(ILogger logger, int offset, int pending);
}
