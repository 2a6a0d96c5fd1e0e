using System.Globalization;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Storage;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary><c>/privacy</c>: what is stored, for how long (Storage:RetentionDays), and how to delete it (/forget).</summary>
internal sealed class PrivacyCommand(IOptions<StorageOptions> storage, BotSender sender, TelegramTexts texts) : IChatCommand
{
    public string Name => "privacy";

    public Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return sender.SendAsync(inbound.ChatId, Html.Escape(Text(texts, storage.Value.RetentionDays)), cancellationToken: cancellationToken);
    }

    public static string Text(TelegramTexts texts, int retentionDays)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var retention = retentionDays > 0
            ? OfflineComposer.Fill(texts.RetentionDays, ("days", retentionDays.ToString(CultureInfo.InvariantCulture)))
            : texts.RetentionForever;
        return OfflineComposer.Fill(texts.Privacy, ("retention", retention));
    }
}
