using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using XinfangBot.Telegram.Polling;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class StartupTests
{
    private const long Chat = 8001;

    [Fact]
    public async Task Start_PendingUpdates_AreAllAnsweredNoneDropped()
    {
        await using var api = await FakeBotApi.StartAsync();
        var ids = Enumerable.Range(0, 5).Select(i => api.SendText(Chat + i, "工地老板拖欠工资怎么办？").UpdateId).ToList();

        await using var bot = await BotHost.StartAsync(api);
        await api.WaitUntilAsync(a => a.Sent().Count == 5, TimeSpan.FromSeconds(10), "answers to the pending updates");

        var firstPoll = api.Of("getUpdates")[0];
        Assert.Equal(0, firstPoll.Body["offset"]?.GetValue<int>() ?? 0);
        Assert.DoesNotContain(api.Calls, c => c.Body["drop_pending_updates"]?.GetValue<bool>() == true);
        await bot.StopAsync();
        Assert.Equal(ids[^1] + 1, BotHost.Inspect(bot.DatabasePath, s => s.GetCounter(TelegramWorker.OffsetKey)));
    }

    [Fact]
    public async Task Start_PublishesTheCommandMenu()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);

        var call = await api.WaitForAsync(() => api.FirstOk("setMyCommands"), null, "setMyCommands");

        var commands = call.Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>());
        Assert.Equal(["start", "help", "topics", "human", "forget", "privacy"], commands);
        Assert.All(call.Body["commands"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Start_WebhookStillSet_DeletesItKeepingPendingUpdatesAndPolls()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("getUpdates", 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        api.SendText(Chat, "你好");
        await using var bot = await BotHost.StartAsync(api);

        await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(10));
        // Once at start (polling mode) and once more on the 409.
        var deletes = api.Of("deleteWebhook");
        Assert.Equal(2, deletes.Count);
        Assert.All(deletes, delete => Assert.NotEqual(true, delete.Body["drop_pending_updates"]?.GetValue<bool>()));
    }

    [Fact]
    public async Task Start_MalformedToken_StopsStartUpNamingTheKey()
    {
        using var host = BotHost.Build(null, new Dictionary<string, string?> { ["Telegram:BotToken"] = "not-a-token" }, BotHost.NewDatabasePath(), out _, out _);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Telegram:BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram__BotToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_NoToken_NoWorker()
    {
        using var host = BotHost.Build(null, new Dictionary<string, string?> { ["Telegram:BotToken"] = "" }, BotHost.NewDatabasePath(), out _, out _);

        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is TelegramWorker);
    }

    [Fact]
    public async Task Start_TokenRejectedByTelegram_StopsTheApplication()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var host = BotHost.Build(api, new Dictionary<string, string?> { ["Telegram:BotToken"] = "999999:WRONG-token-abcdefghijklmnopq" }, BotHost.NewDatabasePath(), out var logs, out var path);
        using var cleanup = new DeleteOnDispose(path);
        var stopped = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var signal = new SemaphoreSlim(0);
        using var registration = stopped.Register(() => signal.Release());

        await host.StartAsync();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(10)), "the application was asked to stop");
        Assert.Contains(logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Critical && l.Message.Contains("Telegram:BotToken", StringComparison.Ordinal));
        await host.StopAsync();
    }
}
