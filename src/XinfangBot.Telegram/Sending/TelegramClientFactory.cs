using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace XinfangBot.Telegram.Sending;

/// <summary>
/// The Bot API client as a typed HttpClient (IHttpClientFactory): the TelegramBotClient is built on the factory's
/// HttpClient, whose timeout outlasts the longest long poll and whose connections are renewed every few minutes (so a
/// changed DNS record or a proxy restart is picked up even by the singletons that hold the client). Flood-control waits
/// are left to <see cref="BotSender"/>. Without the factory's per-request logging (see AddTelegramHttpClient).
/// </summary>
internal static class TelegramClientFactory
{
    public const string HttpClientName = "telegram";

    /// <summary>Connections (and the handler) are renewed this often.</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Added to the long-poll duration for the HttpClient's timeout.</summary>
    public static readonly TimeSpan TimeoutMargin = TimeSpan.FromSeconds(30);

    public static void AddTelegramHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = Timeout(sp.GetRequiredService<IOptions<TelegramOptions>>().Value))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = ConnectionLifetime,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            })
            .SetHandlerLifetime(ConnectionLifetime)
            // No request logging handlers: they open a logging scope and format the URI (which holds the token) on every
            // Bot API call; our own sender logs what matters.
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, sp) => Create(sp.GetRequiredService<IOptions<TelegramOptions>>().Value, http));
    }

    /// <summary>Long enough for getUpdates' long poll (Telegram:PollTimeoutSeconds) plus a margin; short enough to notice a dead connection.</summary>
    public static TimeSpan Timeout(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromSeconds(options.PollTimeoutSeconds) + TimeoutMargin;
    }

    public static ITelegramBotClient Create(TelegramOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl.TrimEnd('/');
        var clientOptions = new TelegramBotClientOptions(options.BotToken!, baseUrl)
        {
            // Our sender honours retry_after itself, cancellably and logged; the client must not wait silently.
            RetryThreshold = 0,
            RetryCount = 0,
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
