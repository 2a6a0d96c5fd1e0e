using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// Handles one update to the end: skips it when the ledger says it was handled before a restart, dispatches it, and
/// records it in the ledger once its reply is delivered. Transient Bot API trouble retries the whole update (its lane
/// waits, keeping the chat's order); a permanent refusal (bot blocked, chat gone) or a defect is logged and the update
/// is given up so it cannot block the offset for everyone.
/// </summary>
internal sealed partial class UpdateProcessor(UpdateDispatcher dispatcher, UpdateLedger ledger, TimeProvider time, ILogger<UpdateProcessor> logger)
{
    private const int MaxAttempts = 10;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>True when the update is finished (handled or given up); false when shutdown interrupted it.</summary>
    public async Task<bool> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (ledger.IsDone(update.Id))
        {
            LogAlreadyHandled(logger, update.Id);
            return true;
        }

        var inbound = UpdateTranslator.Translate(update);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dispatcher.DispatchAsync(inbound, cancellationToken);
                ledger.MarkDone(update.Id);
                return true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                LogInterrupted(logger, update.Id);
                return false;
            }
            catch (Exception ex) when (attempt < MaxAttempts && TransientErrors.IsTransient(ex, cancellationToken))
            {
                var delay = TransientErrors.RetryAfter(ex) ?? TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, attempt)));
                LogRetry(logger, update.Id, attempt, ex.GetType().Name, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    LogInterrupted(logger, update.Id);
                    return false;
                }
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
            {
                LogRefused(logger, update.Id, inbound.ChatId, ex.ErrorCode, ex.Message);
                ledger.MarkDone(update.Id);
                return true;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex, update.Id, attempt);
                ledger.MarkDone(update.Id);
                return true;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {Update} was handled before a restart; skipped")]
    private static partial void LogAlreadyHandled(ILogger logger, int update);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Update} interrupted by shutdown; Telegram will deliver it again")]
    private static partial void LogInterrupted(ILogger logger, int update);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {Update} failed (attempt {Attempt}, {Error}); retrying in {DelaySeconds:F0} s")]
    private static partial void LogRetry(ILogger logger, int update, int attempt, string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {Update}: Telegram refused the reply to chat {Chat} ({Code}: {Description}); given up")]
    private static partial void LogRefused(ILogger logger, int update, long chat, int code, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {Update} could not be handled after {Attempts} attempt(s); given up")]
    private static partial void LogFailed(ILogger logger, Exception exception, int update, int attempts);
}
