using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Telegram.Admin;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Dispatching;

/// <summary>
/// Routes one translated update: groups (unless enabled) get a one-time notice, commands and buttons go to their
/// classes, non-text content gets a polite request for text, and text (including edits) goes to the question flow.
/// </summary>
internal sealed partial class UpdateDispatcher
{
    private readonly Dictionary<string, IChatCommand> _commands;
    private readonly Dictionary<CallbackKind, ICallbackAction> _callbacks;
    private readonly QuestionFlow _questions;
    private readonly GroupNotice _groupNotice;
    private readonly AdminDesk _admin;
    private readonly BotSender _sender;
    private readonly TelegramTexts _texts;
    private readonly TelegramOptions _options;
    private readonly ILogger<UpdateDispatcher> _logger;

    public UpdateDispatcher(
        IEnumerable<IChatCommand> commands,
        IEnumerable<ICallbackAction> callbacks,
        QuestionFlow questions,
        GroupNotice groupNotice,
        AdminDesk admin,
        BotSender sender,
        TelegramTexts texts,
        IOptions<TelegramOptions> options,
        ILogger<UpdateDispatcher> logger)
    {
        _commands = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _callbacks = callbacks.SelectMany(a => a.Kinds.Select(k => (k, a))).ToDictionary(x => x.k, x => x.a);
        _questions = questions;
        _groupNotice = groupNotice;
        _admin = admin;
        _sender = sender;
        _texts = texts;
        _options = options.Value;
        _logger = logger;
    }

    public async Task DispatchAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        LogDispatch(_logger, inbound.UpdateId, inbound.Kind, inbound.ChatId, inbound.Text?.Length ?? 0);
        if (inbound.Kind == InboundKind.Ignored)
        {
            return;
        }

        // The admin chat is where cases are announced and worked; nothing else staff say there is for the bot.
        if (_admin.IsAdminChat(inbound.ChatId))
        {
            await _admin.HandleAsync(inbound, cancellationToken);
            return;
        }

        // Outside the admin chat, case commands are ordinary text.
        if (inbound.Kind == InboundKind.Command && AdminDesk.CommandNames.Contains(inbound.Command))
        {
            inbound = inbound with { Kind = InboundKind.Text, Command = null };
        }

        if (!inbound.IsPrivate && !_options.AnswerInGroups)
        {
            if (inbound.Kind == InboundKind.Callback)
            {
                await _sender.AnswerCallbackAsync(inbound.CallbackId!, _texts.StaleButton, cancellationToken);
            }
            else
            {
                await _groupNotice.NotifyOnceAsync(inbound.ChatId, cancellationToken);
            }

            return;
        }

        switch (inbound.Kind)
        {
            case InboundKind.Command:
                var command = _commands.GetValueOrDefault(inbound.Command!) ?? _commands["help"];
                await command.ExecuteAsync(inbound, cancellationToken);
                break;
            case InboundKind.Callback:
                await DispatchCallbackAsync(inbound, cancellationToken);
                break;
            case InboundKind.NonText:
                await _sender.SendAsync(inbound.ChatId, Html.Escape(_texts.NonText), replyTo: inbound.MessageId, cancellationToken: cancellationToken);
                break;
            case InboundKind.Text:
                var lead = inbound.Edited ? Html.Italic(OfflineComposer.Fill(_texts.Edited, ("text", Excerpt(inbound.Text!)))) : null;
                await _questions.AnswerAsync(inbound, inbound.Text!, lead, humanCommand: false, cancellationToken);
                break;
            case InboundKind.JoinedGroup:
                // Added to a group while groups are answered: nothing to say until someone asks.
                break;
        }
    }

    private async Task DispatchCallbackAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        if (CallbackRequest.TryParse(inbound.CallbackData, out var request) && _callbacks.TryGetValue(request.Kind, out var action))
        {
            await action.ExecuteAsync(inbound, request, cancellationToken);
            return;
        }

        LogInvalidCallback(_logger, inbound.UpdateId, inbound.CallbackData?.Length ?? 0);
        await _sender.AnswerCallbackAsync(inbound.CallbackId!, _texts.StaleButton, cancellationToken);
    }

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= 80)
        {
            return flat;
        }

        var cut = char.IsHighSurrogate(flat[78]) ? 78 : 79;
        return flat[..cut] + "…";
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {Update}: {Kind} in chat {Chat} ({Length} chars)")]
    private static partial void LogDispatch(ILogger logger, int update, InboundKind kind, long chat, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Update}: callback data not recognised ({Length} chars); answered as expired")]
    private static partial void LogInvalidCallback(ILogger logger, int update, int length);
}
