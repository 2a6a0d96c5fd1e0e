using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Llm;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core;

/// <summary>Registers the knowledge base, storage, conversation records and the answering engine.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddXinfangCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiteDbProvider>();
        services.AddSingleton<RuleBook>();
        services.AddSingleton<KnowledgeStore>();
        services.AddSingleton<KnowledgeService>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<LlmPhraser>();
        services.AddSingleton<SafetyJudge>();
        services.AddSingleton<AnswerEngine>();
        services.AddSingleton<ConversationHandler>();
        services.AddSingleton<RetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        return services;
    }
}
