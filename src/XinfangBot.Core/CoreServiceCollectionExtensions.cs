using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Clock;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Delivery;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Llm;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Staff;
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
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ClockOptions>>().Value.CreateProvider());
        services.AddSingleton(sp => new DatabaseSeed(path =>
        {
            // A new database starts from the shipped knowledge imported at build time, when that import was of exactly
            // the configured folder (its fingerprint); otherwise it is created empty and the folder imported as before.
            var knowledge = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            if (!knowledge.ImportOnStart || !File.Exists(ShippedCaches.KnowledgeDatabase))
            {
                return false;
            }

            var fingerprint = KnowledgeFolderFingerprint.Compute(knowledge.ResolvedPath, sp.GetRequiredService<IKnowledgeRules>().Deadlines.Ids);
            var seeded = KnowledgeSeed.TrySeed(ShippedCaches.KnowledgeDatabase, path, fingerprint);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ShippedCaches));
            if (seeded)
            {
                logger.LogInformation("New database {Path} seeded with the knowledge imported at build time", path);
            }
            else
            {
                logger.LogInformation("New database {Path}: the knowledge imported at build time is not of this folder, importing it", path);
            }

            return seeded;
        }));
        services.AddSingleton<LiteDbProvider>();
        services.AddSingleton(sp =>
        {
            // The trained safety model is kept beside the database, so later starts load it instead of training.
            var database = sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath;
            var modelCache = Path.GetDirectoryName(Path.GetFullPath(database))!;
            Triage.SafetyClassifier.UseModelCache(modelCache);
            // A fresh database's folder gets the model weights and lexicon marker prepared at build time (when shipped).
            ShippedCaches.SeedModelCache(ShippedCaches.Folder, modelCache);
            return RuleBookLoader.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RuleBookLoader)));
        });
        services.AddSingleton<IKnowledgeRules>(sp => sp.GetRequiredService<RuleBook>());
        services.AddSingleton<KnowledgeStore>();
        services.AddSingleton<KnowledgeService>();
        services.AddSingleton<KnowledgeReadiness>();
        services.AddHostedService<KnowledgeLoader>();
        services.AddSingleton<KnowledgeDrafts>();
        services.AddHostedService<KnowledgeWatcher>();
        services.AddSingleton<Insights.KnowledgeGaps>();
        services.AddSingleton<Insights.UsageStats>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<LlmPhraser>();
        services.AddSingleton<SafetyJudge>();
        services.AddSingleton<TopicChooser>();
        services.AddSingleton<IAnswerPhraser>(sp => sp.GetRequiredService<LlmPhraser>());
        services.AddSingleton<ISafetyJudge>(sp => sp.GetRequiredService<SafetyJudge>());
        services.AddSingleton<ITopicChooser>(sp => sp.GetRequiredService<TopicChooser>());
        services.AddSingleton<AnswerEngine>();
        services.AddSingleton<ConversationHandler>();
        services.AddSingleton<ConversationService>();
        services.AddSingleton<RetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        services.AddXinfangCases();
        return services;
    }

    /// <summary>Cases, staff accounts and the audit log (CONTRACTS §7).</summary>
    public static IServiceCollection AddXinfangCases(this IServiceCollection services)
    {
        services.AddOptions<CasesOptions>().BindConfiguration(CasesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => CaseTexts.Load(Path.Combine(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeOptions>>().Value.ResolvedPromptsPath, CaseTexts.FileName)));
        services.AddSingleton<CaseClock>();
        services.AddSingleton<Health.ChannelHeartbeat>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<CaseWatchWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseWatchWorker>());
        return services;
    }
}
