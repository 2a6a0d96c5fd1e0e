using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>
/// The knowledge base, rules and engine, loaded once for the whole test run (importing and indexing takes seconds) from
/// a LiteDB file of its own; every test host still gets its own conversation database.
/// </summary>
public static class SharedKnowledge
{
    private static readonly Lazy<(RuleBook Rules, KnowledgeService Knowledge, AnswerEngine Engine)> Loaded = new(Load);

    public static string KnowledgePath => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string PromptsPath => Path.Combine(AppContext.BaseDirectory, "prompts");

    public static KnowledgeService Knowledge => Loaded.Value.Knowledge;

    public static RuleBook Rules => Loaded.Value.Rules;

    public static AnswerEngine Engine => Loaded.Value.Engine;

    /// <summary>Replaces the host's knowledge services with the shared, already indexed ones.</summary>
    public static void Register(IServiceCollection services)
    {
        var (rules, knowledge, engine) = Loaded.Value;
        services.AddSingleton(rules);
        services.AddSingleton(knowledge);
        services.AddSingleton(engine);
    }

    private static (RuleBook, KnowledgeService, AnswerEngine) Load()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"xfb-knowledge-{Guid.NewGuid():N}.db"),
            ["Knowledge:Path"] = KnowledgePath,
            ["Knowledge:PromptsPath"] = PromptsPath,
            ["Llm:Endpoint"] = string.Empty,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddXinfangCore();
        var provider = services.BuildServiceProvider();
        var knowledge = provider.GetRequiredService<KnowledgeService>();
        _ = knowledge.Current;
        return (provider.GetRequiredService<RuleBook>(), knowledge, provider.GetRequiredService<AnswerEngine>());
    }
}
