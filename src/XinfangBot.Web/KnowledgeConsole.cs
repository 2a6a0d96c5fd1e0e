using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Insights;
using XinfangBot.Core.Knowledge;
using XinfangBot.Web.Pages;

namespace XinfangBot.Web;

/// <summary>The knowledge, gap-queue and statistics part of the console: the bot's own services and the pages.</summary>
internal static class KnowledgeConsole
{
    public static void AddServices(IServiceCollection services, IServiceProvider root)
    {
        services.AddSingleton(root.GetRequiredService<KnowledgeStore>());
        services.AddSingleton(root.GetRequiredService<KnowledgeDrafts>());
        services.AddSingleton(root.GetRequiredService<KnowledgeGaps>());
        services.AddSingleton(root.GetRequiredService<UsageStats>());
        services.AddSingleton(root.GetRequiredService<AnswerEngine>());
        services.AddSingleton(root.GetRequiredService<IOptions<KnowledgeOptions>>().Value);
    }

    public static void Map(WebApplication app)
    {
        KnowledgePages.Map(app);
        GapPages.Map(app);
        StatsPages.Map(app);
    }
}
