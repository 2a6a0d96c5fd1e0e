using Microsoft.Extensions.Logging;
using XinfangBot.Core.Retrieval;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Escalations;
using XinfangBot.Telegram.Sending;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// Before polling: loads the knowledge (so the first citizen does not wait for the index), publishes the command menu
/// with setMyCommands, and announces escalations opened before a restart that the admin chat has not heard of.
/// Failures here are logged and polling starts anyway.
/// </summary>
internal sealed partial class BotStartup(KnowledgeService knowledge, BotSender sender, TelegramTexts texts, EscalationAnnouncer announcer, ILogger<BotStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        LogKnowledge(logger, knowledge.Current.Count);
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge ready: {Count} published entries")]
    private static partial void LogKnowledge(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up step {Step} failed ({Error}: {Description}); polling starts anyway")]
    private static partial void LogStepFailed(ILogger logger, string step, string error, string description);
}
