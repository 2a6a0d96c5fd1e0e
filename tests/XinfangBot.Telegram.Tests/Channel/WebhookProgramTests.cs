using System.Globalization;
using System.Net;
using System.Net.Sockets;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary><c>run</c> of the real program in webhook mode, configured through environment variables as an operator would.</summary>
[Trait("Category", "Slow")]
public sealed class WebhookProgramTests
{
    private const string Secret = "program-test_secret-0123456789";
    private const long Chat = 8201;

    private static Dictionary<string, string> Environment(string database, FakeBotApi api, int port) => new()
    {
        ["Storage__DatabasePath"] = database,
        ["Telegram__BotToken"] = FakeBotApi.Token,
        ["Telegram__BaseUrl"] = api.BaseUrl,
        ["Telegram__Mode"] = "webhook",
        ["Telegram__WebhookUrl"] = "https://bot.example.test/telegram/webhook",
        ["Telegram__WebhookSecret"] = Secret,
        ["Telegram__WebhookListen"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
        ["Web__Enabled"] = "false",
    };

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Run_WebhookMode_AnswersAPostedUpdateAndStopsCleanly()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        var port = FreePort();
        using var program = HostProcess.Start(Environment(cleanup.Path, api, port));
        await api.WaitUntilAsync(a => a.FirstOk("setWebhook") is not null || program.HasExited, TimeSpan.FromSeconds(240), "setWebhook");
        Assert.False(program.HasExited, program.Output);

        api.SendText(Chat, "工地老板拖欠工资三个月怎么办？");
        var statuses = await api.DeliverToWebhookAsync(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/telegram/webhook"));
        await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(30));
        await program.StopAsync(TimeSpan.FromSeconds(30));

        Assert.All(statuses, s => Assert.Equal(200, s.Status));
        Assert.Single(api.Sent(Chat));
        Assert.Empty(api.Of("getUpdates"));
        Assert.DoesNotContain(Secret, program.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("拖欠工资", program.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WebhookListenPortInUse_ExitsThreeNamingTheKey()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        using var program = HostProcess.Start(Environment(cleanup.Path, api, ((IPEndPoint)taken.LocalEndpoint).Port));

        var exit = await program.WaitForExitAsync(TimeSpan.FromSeconds(240));

        Assert.Equal(3, exit);
        Assert.Contains("Telegram:WebhookListen", program.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", program.Output, StringComparison.Ordinal);
        Assert.Null(api.FirstOk("setWebhook"));
    }
}
