using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>The <c>run</c> verb of the real program, as an operator meets it.</summary>
[Trait("Category", "Process")]
public sealed class HostProgramTests
{
    [Fact]
    public async Task Run_NoToken_SaysSoInOneLineAndHowToSetIt()
    {
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        using var program = HostProcess.Start(new Dictionary<string, string> { ["Storage__DatabasePath"] = cleanup.Path, ["Telegram__BotToken"] = "" });
        program.CloseInput();

        var exit = await program.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        var line = Assert.Single(program.Output.Split('\n'), l => l.Contains("Telegram", StringComparison.Ordinal));
        Assert.Contains("Telegram__BotToken", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MalformedToken_StopsNamingTheKey()
    {
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        using var program = HostProcess.Start(new Dictionary<string, string> { ["Storage__DatabasePath"] = cleanup.Path, ["Telegram__BotToken"] = "12345" });

        var exit = await program.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, exit);
        Assert.Contains("Telegram:BotToken is malformed", program.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TelegramRejectsTheToken401_StopsWithExitCode3NamingTheKey()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        using var program = HostProcess.Start(new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = cleanup.Path,
            ["Telegram__BotToken"] = "654321:another-token-the-fake-does-not-know",
            ["Telegram__BaseUrl"] = api.BaseUrl,
        });

        var exit = await program.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, exit);
        Assert.Contains("Telegram:BotToken", program.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SecondProcessOnTheSameDatabase_WaitsThenStopsWithExitCode3NamingTheKey()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        var environment = new Dictionary<string, string>
        {
            ["Storage__DatabasePath"] = cleanup.Path,
            ["Telegram__BotToken"] = FakeBotApi.Token,
            ["Telegram__BaseUrl"] = api.BaseUrl,
            ["Storage__LockWaitSeconds"] = "1",
        };
        using var bot = HostProcess.Start(environment);
        await api.WaitUntilAsync(a => a.Of("getUpdates").Count > 0 || bot.HasExited, TimeSpan.FromSeconds(60), "the bot to poll");

        using var second = HostProcess.Start(environment);
        var exit = await second.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, exit);
        Assert.Contains("Storage:DatabasePath", second.Output, StringComparison.Ordinal);
        Assert.Contains("in use by another process", second.Output, StringComparison.Ordinal);
        Assert.False(bot.HasExited, bot.Output);
    }
}
