using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace XinfangBot.Telegram.Updates;

/// <summary>Translates Telegram's <see cref="Update"/> into <see cref="Inbound"/>; nothing past this point sees Telegram types.</summary>
internal static class UpdateTranslator
{
    private static readonly HashSet<MessageType> NonTextTypes =
    [
        MessageType.Photo, MessageType.Sticker, MessageType.Voice, MessageType.Video, MessageType.VideoNote, MessageType.Audio,
        MessageType.Animation, MessageType.Document, MessageType.Location, MessageType.Venue, MessageType.Contact,
        MessageType.Poll, MessageType.Dice, MessageType.Game, MessageType.Story, MessageType.PaidMedia, MessageType.Checklist,
        MessageType.LivePhoto, MessageType.Invoice,
    ];

    /// <summary>The chat an update belongs to, so one chat's updates are handled in order (0 when there is none).</summary>
    public static long LaneKey(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Message?.Chat.Id
            ?? update.EditedMessage?.Chat.Id
            ?? update.CallbackQuery?.Message?.Chat.Id
            ?? update.CallbackQuery?.From.Id
            ?? update.MyChatMember?.Chat.Id
            ?? 0;
    }

    public static Inbound Translate(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.CallbackQuery is { } callback)
        {
            var carrier = callback.Message;
            return new Inbound
            {
                UpdateId = update.Id,
                Kind = InboundKind.Callback,
                ChatId = carrier?.Chat.Id ?? callback.From.Id,
                IsPrivate = carrier is null || carrier.Chat.Type == ChatType.Private,
                UserId = callback.From.Id,
                MessageId = carrier?.Id,
                MessageDate = carrier is { Date.Year: > 1970 } ? DateTime.SpecifyKind(carrier.Date, DateTimeKind.Utc) : null,
                CallbackId = callback.Id,
                CallbackData = callback.Data,
            };
        }

        if (update.MyChatMember is { } member)
        {
            var joined = member.Chat.Type is ChatType.Group or ChatType.Supergroup
                && member.NewChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator;
            return new Inbound { UpdateId = update.Id, Kind = joined ? InboundKind.JoinedGroup : InboundKind.Ignored, ChatId = member.Chat.Id };
        }

        var message = update.Message ?? update.EditedMessage;
        if (message is null || message.Chat.Type == ChatType.Channel)
        {
            return new Inbound { UpdateId = update.Id, Kind = InboundKind.Ignored };
        }

        var kind = message.Type switch
        {
            MessageType.Text when IsCommand(message.Text!) => InboundKind.Command,
            MessageType.Text => InboundKind.Text,
            var t when NonTextTypes.Contains(t) => InboundKind.NonText,
            _ => InboundKind.Ignored,
        };

        return new Inbound
        {
            UpdateId = update.Id,
            Kind = kind,
            ChatId = message.Chat.Id,
            IsPrivate = message.Chat.Type == ChatType.Private,
            UserId = message.From?.Id,
            MessageId = message.Id,
            MessageDate = DateTime.SpecifyKind(message.Date, DateTimeKind.Utc),
            Text = message.Text,
            Command = kind == InboundKind.Command ? CommandName(message.Text!) : null,
            Edited = update.EditedMessage is not null,
        };
    }

    private static bool IsCommand(string text) => text.Length > 1 && text[0] == '/' && char.IsAsciiLetter(text[1]);

    private static string CommandName(string text)
    {
        var token = text.AsSpan(1);
        var end = token.IndexOfAny(' ', '\n', '@');
        return (end < 0 ? token : token[..end]).ToString().ToLowerInvariant();
    }
}
