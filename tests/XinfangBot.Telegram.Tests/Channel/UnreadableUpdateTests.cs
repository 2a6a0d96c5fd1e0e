using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Delivery;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>An update the client library cannot read is recorded and skipped; it never blocks the others.</summary>
public sealed class UnreadableUpdateTests
{
    [Fact]
    public async Task Poll_MalformedUpdateBetweenTwoQuestions_BothAnsweredAndTheBadOneRecordedAndPassed()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.SendText(3001, "工地老板拖欠工资三个月怎么办？");
        var bad = api.Enqueue(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "not-a-number", ["date"] = "yesterday", ["chat"] = 7 } });
        var (last, _) = api.SendText(3002, "对信访处理意见不服怎么办？");
        await using var bot = await BotHost.StartAsync(api);

        await api.WaitForSentAsync(3001, 1);
        await api.WaitForSentAsync(3002, 1);
        await api.WaitUntilAsync(a => a.Of("getUpdates").Any(c => c.Ok && c.Body["offset"]?.GetValue<int>() == last + 1), TimeSpan.FromSeconds(10), "the offset to pass every update");

        var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
        Assert.Equal(1, store.UnreadableCount("telegram"));
        Assert.True(store.IsHandled("telegram", bad));
        await bot.Logs.WaitForAsync(l => l.Message.Contains($"Update {bad} could not be read", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }
}
