using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using XinfangBot.Core.Delivery;
using XinfangBot.Core.Health;
using XinfangBot.Telegram.Polling;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Webhook;

/// <summary>
/// Webhook mode (Telegram:Mode=webhook): hands what the inbox still holds from before a restart to the chat lanes,
/// listens on Telegram:WebhookListen (Kestrel, in the <c>run</c> process) for <see cref="WebhookReceiver"/>, and tells
/// Telegram the URL with setWebhook (secret_token, allowed_updates). Then, every minute, getWebhookInfo: the heartbeat
/// of /healthz and Telegram's own last delivery error in the log. Updates are handled on the same per-chat lanes, by
/// the same processor and ledger as in polling mode. On shutdown new requests get 503, updates in flight get
/// Telegram:ShutdownGraceSeconds, and whatever is unfinished stays in the inbox for the next start.
/// </summary>
internal sealed partial class WebhookWorker(
    WebhookReceiver receiver,
    UpdateProcessor processor,
    UpdateLedger ledger,
    DeliveryStore store,
    BotStartup startup,
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ChannelHeartbeat heartbeat,
    ILogger<WebhookWorker> logger) : BackgroundService
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>Handled ids are kept this long against Telegram delivering an update again (it gives up far sooner).</summary>
    public static readonly TimeSpan LedgerKeep = TimeSpan.FromDays(7);

    private static readonly TimeSpan InfoEvery = TimeSpan.FromMinutes(1);
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The address Kestrel listens on (e.g. the port chosen for <c>http://127.0.0.1:0</c>), once it does.</summary>
    public Task<string> Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        heartbeat.Started(UpdateLedger.Channel);
        await startup.RunAsync(stoppingToken);

        using var capacity = new SemaphoreSlim(settings.QueueCapacity, settings.QueueCapacity);
        using var processing = new CancellationTokenSource();
        using var lanes = new ChatLanes(settings.MaxConcurrentChats, (update, ct) => ProcessAsync(update, capacity, ct), processing.Token);
        await using var app = BuildApp(settings);
        try
        {
            var resumed = await ResumeAsync(lanes, capacity, stoppingToken);
            receiver.Attach(capacity, update => lanes.Enqueue(UpdateTranslator.LaneKey(update), update));
            if (!await ListenAsync(app, settings, stoppingToken) || !await SetWebhookAsync(settings, stoppingToken))
            {
                return;
            }

            LogStarted(logger, settings.WebhookPath, settings.MaxConcurrentChats, settings.QueueCapacity, resumed);
            await WatchAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            receiver.Detach();
            await DrainAsync(lanes, processing, TimeSpan.FromSeconds(settings.ShutdownGraceSeconds));
            if (_listening.Task.IsCompletedSuccessfully)
            {
                await app.StopAsync(CancellationToken.None);
            }

            _listening.TrySetCanceled(CancellationToken.None);
        }
    }

    private WebApplication BuildApp(TelegramOptions settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(settings.WebhookListen);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = WebhookReceiver.MaxBodyBytes;
        });
        // The endpoint logs through the receiver (the bot's own logger); the inner host would print a stack trace for a
        // port in use, which ListenAsync reports in one line naming the key.
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(settings.WebhookPath, receiver.HandleAsync);
        return app;
    }

    /// <summary>Updates recorded before a crash or shutdown but not handled: back on their lanes, oldest first.</summary>
    private async Task<int> ResumeAsync(ChatLanes lanes, SemaphoreSlim capacity, CancellationToken cancellationToken)
    {
        var resumed = 0;
        foreach (var (id, payload) in store.Received(UpdateLedger.Channel))
        {
            Update update;
            try
            {
                update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options) ?? throw new JsonException("null update");
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
            {
                ledger.RecordUnreadable((int)id, payload.Length, ex.GetType().Name);
                continue;
            }

            await capacity.WaitAsync(cancellationToken);
            lanes.Enqueue(UpdateTranslator.LaneKey(update), update);
            resumed++;
        }

        return resumed;
    }

    private async Task<bool> ListenAsync(WebApplication app, TelegramOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // Without the endpoint no update arrives at all: a configuration error, not something to limp on without.
            LogListenFailed(logger, settings.WebhookListen, ex.Message);
            Environment.ExitCode = 3;
            lifetime.StopApplication();
            return false;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? settings.WebhookListen;
        LogListening(logger, address, settings.WebhookPath);
        _listening.TrySetResult(address);
        return true;
    }

    /// <summary>setWebhook, retried while Telegram cannot be reached; a token or URL Telegram refuses stops the program (exit 3).</summary>
    private async Task<bool> SetWebhookAsync(TelegramOptions settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.SetWebhook(settings.WebhookUrl!, allowedUpdates: AllowedUpdates, dropPendingUpdates: false, secretToken: settings.WebhookSecret, cancellationToken: cancellationToken);
                heartbeat.Beat(UpdateLedger.Channel);
                LogWebhookSet(logger, settings.WebhookUrl!);
                return true;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 401 or 404)
            {
                var key = ex.ErrorCode == 400 ? "Telegram:WebhookUrl" : "Telegram:BotToken";
                LogRefusedSetup(logger, ex.ErrorCode, ex.Message, key);
                Environment.ExitCode = 3;
                lifetime.StopApplication();
                return false;
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt, 6)) / 2));
                LogSetFailed(logger, (ex as ApiRequestException)?.ErrorCode ?? 0, ex.GetType().Name, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>Every minute: getWebhookInfo (heartbeat; Telegram's last delivery error when it changes) and an old-ledger prune.</summary>
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var lastError = 0L;
        var pruned = DateTime.MinValue;
        while (true)
        {
            await Task.Delay(InfoEvery, time, cancellationToken);
            try
            {
                var info = await client.GetWebhookInfo(cancellationToken);
                heartbeat.Beat(UpdateLedger.Channel);
                if (info.LastErrorDate is { } at && at.Ticks != lastError)
                {
                    lastError = at.Ticks;
                    LogTelegramError(logger, at, info.LastErrorMessage ?? string.Empty, info.PendingUpdateCount);
                }
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogInfoFailed(logger, ex.GetType().Name);
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (now - pruned > TimeSpan.FromHours(1))
            {
                ledger.PruneHandledBefore(now - LedgerKeep);
                pruned = now;
            }
        }
    }

    private async Task ProcessAsync(Update update, SemaphoreSlim capacity, CancellationToken cancellationToken)
    {
        try
        {
            // false: interrupted by shutdown. It stays in the inbox and is handled after the restart.
            await processor.ProcessAsync(update, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogProcessingFailed(logger, ex, update.Id);
            ledger.MarkDone(update.Id);
        }
        finally
        {
            capacity.Release();
        }
    }

    private async Task DrainAsync(ChatLanes lanes, CancellationTokenSource processing, TimeSpan grace)
    {
        var idle = lanes.WhenIdleAsync();
        try
        {
            await idle.WaitAsync(grace, time);
        }
        catch (TimeoutException)
        {
            await processing.CancelAsync();
            await idle;
        }

        LogStopped(logger, store.ReceivedCount(UpdateLedger.Channel));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook endpoint listening on {Address}{Path}")]
    private static partial void LogListening(ILogger logger, string address, string path);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The webhook endpoint could not listen on {Listen} ({Error}). Check Telegram:WebhookListen; stopping.")]
    private static partial void LogListenFailed(ILogger logger, string listen, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook set to {Url}")]
    private static partial void LogWebhookSet(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram refused setWebhook ({Code}: {Description}). Check {Key}; stopping.")]
    private static partial void LogRefusedSetup(ILogger logger, int code, string description, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setWebhook failed ({Code}, {Error}); retrying in {DelaySeconds:F0} s")]
    private static partial void LogSetFailed(ILogger logger, int code, string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook mode at {Path}: up to {Chats} chats at once, {Capacity} updates in flight, {Resumed} resumed from before the restart")]
    private static partial void LogStarted(ILogger logger, string path, int chats, int capacity, int resumed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram reports a webhook delivery error at {At:u}: {Description} ({Pending} updates waiting at Telegram)")]
    private static partial void LogTelegramError(ILogger logger, DateTime at, string description, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getWebhookInfo failed ({Error})")]
    private static partial void LogInfoFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {Update} failed outside its handler; given up")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, int update);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook mode stopped ({Left} update(s) left in the inbox for the next start)")]
    private static partial void LogStopped(ILogger logger, int left);
}
