using Telegram.Bot;

namespace XinfangBot.Telegram.Sending;

/// <summary>Creates the Bot API client from the options; flood-control waits are left to <see cref="BotSender"/>.</summary>
internal static class TelegramClientFactory
{
    public static ITelegramBotClient Create(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl.TrimEnd('/');
        var clientOptions = new TelegramBotClientOptions(options.BotToken!, baseUrl)
        {
            // Our sender honours retry_after itself, cancellably and logged; the client must not wait silently.
            RetryThreshold = 0,
            RetryCount = 0,
        };
        return new TelegramBotClient(clientOptions);
    }
}
