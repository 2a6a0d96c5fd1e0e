using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Retrieval;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Escalations;
using XinfangBot.Telegram.Sending;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// Before polling: publishes the command menu with setMyCommands, announces escalations opened before a restart that
/// the admin chat has not heard of, and gives the knowledge, loading in the background (<see cref="KnowledgeLoader"/>),
/// up to Telegram:ReadyWaitSeconds to be ready, so a routine restart answers at once. A slower start polls anyway: a
/// citizen who writes before the knowledge is ready is told to wait a moment (<see cref="Conversations.QuestionFlow"/>).
/// Failures here are logged and polling starts anyway.
/// </summary>
internal sealed partial class BotStartup(
    BotSender sender,
    TelegramTexts texts,
    EscalationAnnouncer announcer,
    KnowledgeReadiness readiness,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<BotStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SetCommandsAsync(texts.Commands.Select(c => (c.Command, c.Description)), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStepFailed(logger, "setMyCommands", ex.GetType().Name, ex.Message);
        }

        try
        {
            await announcer.AnnouncePendingAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStepFailed(logger, "announce escalations", ex.GetType().Name, ex.Message);
        }

        if (!readiness.IsReady && options.Value.ReadyWaitSeconds > 0)
        {
            try
            {
                await readiness.WaitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(options.Value.ReadyWaitSeconds), time, cancellationToken);
            }
            catch (TimeoutException)
            {
                LogNotReady(logger, options.Value.ReadyWaitSeconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge not ready after {Seconds} s; polling starts and citizens who write are asked to wait a moment")]
    private static partial void LogNotReady(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up step {Step} failed ({Error}: {Description}); polling starts anyway")]
    private static partial void LogStepFailed(ILogger logger, string step, string error, string description);
}
