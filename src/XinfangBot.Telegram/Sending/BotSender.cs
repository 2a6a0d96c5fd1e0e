using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using XinfangBot.Telegram.Rendering;

namespace XinfangBot.Telegram.Sending;

/// <summary>
/// Every Bot API call the bot makes, with the same policy: 429 waits the <c>retry_after</c> Telegram gives, 5xx and network
/// errors back off and retry (up to <see cref="TelegramOptions.MaxSendAttempts"/>), HTML Telegram cannot parse is re-sent
/// as the same content in plain text, and messages over 4096 characters go out in parts split at paragraphs.
/// </summary>
internal sealed partial class BotSender(ITelegramBotClient client, IOptions<TelegramOptions> options, TimeProvider time, ILogger<BotSender> logger)
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends an HTML message (split if long; buttons go with the last part); returns the id of the last part.</summary>
    public async Task<int> SendAsync(long chatId, string html, Keyboard? keyboard = null, int? replyTo = null, CancellationToken cancellationToken = default)
    {
        var parts = MessageSplitter.Split(html);
        var lastId = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? Markup(keyboard) : null;
            var reply = i == 0 && replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
            lastId = await SendPartAsync(chatId, parts[i], markup, reply, cancellationToken);
        }

        if (parts.Count > 1)
        {
            LogSplit(logger, chatId, html.Length, parts.Count);
        }

        return lastId;
    }

    /// <summary>Sends one message of at most 4096 characters (a part of a split reply); returns its message id.</summary>
    public Task<int> SendOneAsync(long chatId, string html, Keyboard? keyboard, int? replyTo, CancellationToken cancellationToken)
    {
        var reply = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        return SendPartAsync(chatId, html, Markup(keyboard), reply, cancellationToken);
    }

    /// <summary>Replaces the text and buttons of a message the bot sent (e.g. the roadmap or the /forget question).</summary>
    public async Task EditAsync(long chatId, int messageId, string html, Keyboard? keyboard = null, CancellationToken cancellationToken = default)
    {
        var text = MessageSplitter.Split(html)[0];
        var markup = Markup(keyboard);
        try
        {
            await RetryAsync("editMessageText", ct => client.EditMessageText(chatId, messageId, text, ParseMode.Html, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: ct), cancellationToken);
        }
        catch (ApiRequestException ex) when (TransientErrors.IsEntityError(ex))
        {
            LogPlainFallback(logger, "editMessageText", chatId);
            await RetryAsync("editMessageText", ct => client.EditMessageText(chatId, messageId, Html.ToPlain(text), replyMarkup: markup, cancellationToken: ct), cancellationToken);
        }
        catch (ApiRequestException ex) when (TransientErrors.IsNotModified(ex))
        {
            // The same text again (a double tap): nothing to change.
        }
    }

    /// <summary>Acknowledges a button press, optionally with a short notice; a query Telegram no longer knows is ignored.</summary>
    public async Task AnswerCallbackAsync(string callbackId, string? text = null, CancellationToken cancellationToken = default)
    {
        try
        {
            await RetryAsync("answerCallbackQuery", ct => client.AnswerCallbackQuery(callbackId, text, cancellationToken: ct), cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            LogCallbackExpired(logger, ex.ErrorCode);
        }
    }

    /// <summary>Shows "typing…" while the answer is composed; best effort, never retried.</summary>
    public async Task TypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTypingFailed(logger, chatId, ex.GetType().Name);
        }
    }

    public Task SetCommandsAsync(IEnumerable<(string Command, string Description)> commands, CancellationToken cancellationToken) =>
        RetryAsync("setMyCommands", ct => client.SetMyCommands(commands.Select(c => new BotCommand(c.Command, c.Description)), cancellationToken: ct), cancellationToken);

    /// <summary>Removes a webhook so polling can work; pending updates are kept.</summary>
    public Task DeleteWebhookAsync(CancellationToken cancellationToken) =>
        RetryAsync("deleteWebhook", ct => client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct), cancellationToken);

    private async Task<int> SendPartAsync(long chatId, string html, InlineKeyboardMarkup? markup, ReplyParameters? reply, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await RetryAsync("sendMessage", ct => client.SendMessage(chatId, html, ParseMode.Html, reply, markup, NoPreview, cancellationToken: ct), cancellationToken);
            return sent.Id;
        }
        catch (ApiRequestException ex) when (TransientErrors.IsEntityError(ex))
        {
            LogPlainFallback(logger, "sendMessage", chatId);
            var sent = await RetryAsync("sendMessage", ct => client.SendMessage(chatId, Html.ToPlain(html), ParseMode.None, reply, markup, NoPreview, cancellationToken: ct), cancellationToken);
            return sent.Id;
        }
    }

    private async Task RetryAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await RetryAsync<bool>(method, async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken);

    private async Task<T> RetryAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var attempts = options.Value.MaxSendAttempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (Exception ex) when (attempt < attempts && TransientErrors.IsTransient(ex, cancellationToken))
            {
                var delay = TransientErrors.RetryAfter(ex) ?? BaseDelay * Math.Pow(2, attempt - 1);
                LogRetry(logger, method, attempt, (ex as ApiRequestException)?.ErrorCode ?? 0, ex.GetType().Name, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private static InlineKeyboardMarkup? Markup(Keyboard? keyboard) => keyboard is null
        ? null
        : new InlineKeyboardMarkup(keyboard.Rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} failed (attempt {Attempt}, code {Code}, {Error}); retrying in {DelayMs:F0} ms")]
    private static partial void LogRetry(ILogger logger, string method, int attempt, int code, string error, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} to chat {Chat}: Telegram could not parse the HTML; re-sent as plain text")]
    private static partial void LogPlainFallback(ILogger logger, string method, long chat);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message of {Length} chars to chat {Chat} sent in {Parts} parts")]
    private static partial void LogSplit(ILogger logger, long chat, int length, int parts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "answerCallbackQuery rejected ({Code}): the query expired")]
    private static partial void LogCallbackExpired(ILogger logger, int code);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing action for chat {Chat} failed: {Error}")]
    private static partial void LogTypingFailed(ILogger logger, long chat, string error);
}
