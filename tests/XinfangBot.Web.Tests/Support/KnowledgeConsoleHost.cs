using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Staff;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Web.Tests.Support;

/// <summary>
/// Like <see cref="ConsoleHost"/>, but the knowledge lives in the host's own LiteDB file (imported at start) instead of
/// the test run's shared copy, so what the console edits is what the running bot answers from.
/// </summary>
public sealed class KnowledgeConsoleHost : IAsyncDisposable
{
    private KnowledgeConsoleHost(FakeBotApi api, BotHost bot, Uri baseAddress)
    {
        Api = api;
        Bot = bot;
        BaseAddress = baseAddress;
    }

    public FakeBotApi Api { get; }

    public BotHost Bot { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => Bot.Host.Services;

    public static async Task<KnowledgeConsoleHost> StartAsync()
    {
        var api = await FakeBotApi.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Telegram:AdminChatId"] = ConsoleHost.AdminChat.ToString(CultureInfo.InvariantCulture),
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Web:SignInPerMinute"] = "100",
            ["Storage:IndexPath"] = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "index"),
            ["Knowledge:RefreshSeconds"] = "0.5",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var bot = await BotHost.StartAsync(api, values, services: s =>
        {
            s.AddXinfangWeb(configuration);

            // The host's own knowledge (registered last, so it replaces the shared one).
            s.AddSingleton<RuleBook>();
            s.AddSingleton<IKnowledgeRules>(sp => sp.GetRequiredService<RuleBook>());
            s.AddSingleton<KnowledgeService>();
            s.AddSingleton<AnswerEngine>();
        });
        var server = bot.Host.Services.GetRequiredService<ConsoleServer>();
        _ = bot.Host.Services.GetRequiredService<KnowledgeService>().Current;
        return new KnowledgeConsoleHost(api, bot, new Uri(server.Addresses.Single()));
    }

    public void AddAccount(string name, string role, string password = ConsoleHost.Password) =>
        Assert.True(Services.GetRequiredService<StaffDirectory>().Add(name, role, password));

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
    }
}
