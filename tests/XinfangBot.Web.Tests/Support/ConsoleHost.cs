using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Web.Tests.Support;

/// <summary>
/// The bot as <c>run</c> wires it — Core, Telegram against a <see cref="FakeBotApi"/>, and the staff console on a free
/// loopback port — with its own LiteDB file. Accounts are created the way <c>users add</c> does.
/// </summary>
public sealed class ConsoleHost : IAsyncDisposable
{
    public const long AdminChat = -9900;
    public const string Password = "correct horse battery";

    private ConsoleHost(FakeBotApi api, BotHost bot, Uri baseAddress)
    {
        Api = api;
        Bot = bot;
        BaseAddress = baseAddress;
    }

    public FakeBotApi Api { get; }

    public BotHost Bot { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => Bot.Host.Services;

    public CaseService Cases => Services.GetRequiredService<CaseService>();

    public static async Task<ConsoleHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var api = await FakeBotApi.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Telegram:AdminChatId"] = AdminChat.ToString(CultureInfo.InvariantCulture),
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Web:SignInPerMinute"] = "100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var bot = await BotHost.StartAsync(api, values, services: s =>
        {
            s.AddXinfangWeb(configuration);
            services?.Invoke(s);
        });
        var server = bot.Host.Services.GetRequiredService<ConsoleServer>();
        var address = server.Addresses.Single();
        return new ConsoleHost(api, bot, new Uri(address));
    }

    public void AddAccount(string name, string role, string password = Password) =>
        Assert.True(Services.GetRequiredService<StaffDirectory>().Add(name, role, password));

    /// <summary>A citizen asks for a person on Telegram; returns the case id once the admin chat was told.</summary>
    public async Task<long> OpenHumanRequestAsync(long chat, string firstQuestion = "工地老板拖欠工资三个月怎么办？")
    {
        Api.SendText(chat, firstQuestion);
        await Api.WaitForSentAsync(chat, 1);
        var before = Api.Sent(AdminChat).Count;
        Api.SendText(chat, "找个人工");
        var notice = await Api.WaitForSentAsync(AdminChat, before + 1);
        await Api.WaitForSentAsync(chat, 3);
        return long.Parse(System.Text.RegularExpressions.Regex.Match(notice.Text, @"#(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
    }
}
