using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace XinfangBot.Web;

/// <summary>Registers the staff console: its options (validated at start-up) and, when enabled, its server.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddXinfangWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        if (options.Enabled)
        {
            services.AddSingleton<ConsoleServer>();
            services.AddHostedService(sp => sp.GetRequiredService<ConsoleServer>());
        }

        return services;
    }
}
