using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Telegram.Admin;
using XinfangBot.Telegram.Callbacks;
using XinfangBot.Telegram.Commands;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Escalations;
using XinfangBot.Telegram.Polling;
using XinfangBot.Telegram.Roadmap;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Webhook;

namespace XinfangBot.Telegram;

/// <summary>Registers the Telegram channel: options (validated at start-up) and, when a token is set, the polling worker or, with Telegram:Mode=webhook, the webhook endpoint.</summary>
public static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddXinfangTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (options.IsConfigured)
        {
            services.TryAddSingleton(TimeProvider.System);
            services.AddTelegramHttpClient();
            services.AddSingleton(sp => TelegramTexts.Load(Path.Combine(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvedPromptsPath, TelegramTexts.FileName)));
            services.AddSingleton<BotSender>();
            services.AddSingleton<UpdateLedger>();
            services.AddSingleton<ReplyOutbox>();
            services.AddSingleton<UpdateFetcher>();
            services.AddSingleton<EscalationAnnouncer>();
            services.AddSingleton<IStaffNotifier>(sp => sp.GetRequiredService<EscalationAnnouncer>());
            services.AddSingleton<ICitizenChannel, TelegramCitizenChannel>();
            services.AddSingleton<AdminDesk>();
            services.AddSingleton<GroupNotice>();
            services.AddSingleton<RoadmapTopics>();
            services.AddSingleton<QuestionFlow>();
            services.AddSingleton<IChatCommand, StartCommand>();
            services.AddSingleton<IChatCommand, HelpCommand>();
            services.AddSingleton<IChatCommand, TopicsCommand>();
            services.AddSingleton<IChatCommand, PrivacyCommand>();
            services.AddSingleton<IChatCommand, HumanCommand>();
            services.AddSingleton<IChatCommand, ForgetCommand>();
            services.AddSingleton<ICallbackAction, RoadmapCallback>();
            services.AddSingleton<ICallbackAction, TopicCallback>();
            services.AddSingleton<ICallbackAction, FeedbackCallback>();
            services.AddSingleton<ICallbackAction, FollowupCallback>();
            services.AddSingleton<ICallbackAction, HumanCallback>();
            services.AddSingleton<ICallbackAction, ForgetCallback>();
            services.AddSingleton<UpdateDispatcher>();
            services.AddSingleton<UpdateProcessor>();
            services.AddSingleton<BotStartup>();
            if (options.IsWebhook)
            {
                services.AddSingleton<WebhookReceiver>();
                services.AddSingleton<WebhookWorker>();
                services.AddHostedService(sp => sp.GetRequiredService<WebhookWorker>());
            }
            else
            {
                services.AddHostedService<TelegramWorker>();
            }

            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
