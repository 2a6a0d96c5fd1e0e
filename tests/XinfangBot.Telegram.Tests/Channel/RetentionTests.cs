using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>The retention purge (Core's RetentionWorker) runs with the Telegram host.</summary>
public sealed class RetentionTests
{
    private const long Chat = 9501;

    [Fact]
    public async Task Start_ConversationIdleLongerThanRetentionDays_IsPurgedWithItsMessages()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var database = new DeleteOnDispose(BotHost.NewDatabasePath());
        await using (var today = await BotHost.StartAsync(api, databasePath: database.Path))
        {
            api.SendText(Chat, "工地老板拖欠工资怎么办？");
            await api.WaitForSentAsync(Chat, 1);
        }

        var settings = new Dictionary<string, string?> { ["Storage:RetentionDays"] = "180" };
        await using (var later = await BotHost.StartAsync(api, settings, database.Path, s => s.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.FromDays(179)))))
        {
            await api.WaitUntilAsync(a => a.Of("getUpdates").Count(c => c.Ok) >= 4, TimeSpan.FromSeconds(10), "the second start to poll");
        }

        Assert.Equal(2, BotHost.Inspect(database.Path, s => s.Recent($"telegram:{Chat}", 10).Count));

        await using (var halfAYearLater = await BotHost.StartAsync(api, settings, database.Path, s => s.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.FromDays(181)))))
        {
            await halfAYearLater.Logs.WaitForAsync(l => l.Message.StartsWith("Retention: purged 1 conversation", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        }

        var (conversation, messages) = BotHost.Inspect(database.Path, s => (s.Find($"telegram:{Chat}"), s.Recent($"telegram:{Chat}", 10).Count));
        Assert.Null(conversation);
        Assert.Equal(0, messages);
    }
}
