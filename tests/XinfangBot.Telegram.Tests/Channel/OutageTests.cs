using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Delivery;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Tests.Support;
using Xunit.Abstractions;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>
/// Long Bot API outages, with time simulated (<see cref="SimulatedTime"/>), not waited: replies stay in the durable
/// outbox and are retried with backoff for as long as it takes; a split reply resumes at its first undelivered part.
/// </summary>
public sealed class OutageTests(ITestOutputHelper output)
{
    private static readonly string[] Questions = ["工地老板拖欠工资三个月怎么办？", "对信访处理意见不服怎么办？", "房子被强拆了怎么办？", "被罚款不服怎么办？", "能不能越级上访？"];

    [Fact]
    public async Task Outage_30MinutesOfFailedSends_NothingLostAndEachReplyDeliveredOnce()
    {
        var time = new SimulatedTime(DateTimeOffset.UtcNow);
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", 502, "Bad Gateway", times: int.MaxValue);
        await using var bot = await BotHost.StartAsync(api, services: s => s.AddSingleton<TimeProvider>(time));
        var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
        var asked = new Dictionary<int, long>();
        for (var i = 0; i < 2; i++)
        {
            for (var chat = 0; chat < 5; chat++)
            {
                var (_, messageId) = api.SendText(4000 + chat, Questions[(i + chat) % Questions.Length]);
                asked[messageId] = 4000 + chat;
            }
        }

        // The outage: 30 simulated minutes in 5-second steps.
        var elapsed = TimeSpan.Zero;
        while (elapsed < TimeSpan.FromMinutes(30))
        {
            time.Advance(TimeSpan.FromSeconds(5));
            elapsed += TimeSpan.FromSeconds(5);
            await Task.Delay(5);
        }

        Assert.Empty(api.Sent());
        Assert.Equal(asked.Count, store.PendingCount("telegram"));
        var failed = api.Of("sendMessage").Count(c => c.Status == 502);
        Assert.True(failed >= 5 * asked.Count, $"{failed} failed attempts");

        // Telegram is back.
        api.Heal();
        for (var step = 0; step < 120 && ReplyCount(api, asked) < asked.Count; step++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }

        await Task.Delay(300);
        var replies = api.Sent().Where(s => s.ReplyTo is { } id && asked.ContainsKey(id)).GroupBy(s => s.ReplyTo!.Value).ToDictionary(g => g.Key, g => g.ToList());
        output.WriteLine($"{asked.Count} questions, {failed} failed sends during 30 simulated minutes, then {replies.Count} replies");
        Assert.Equal(asked.Count, replies.Count);
        Assert.All(replies, r => Assert.Single(r.Value));
        Assert.All(replies, r => Assert.Equal(asked[r.Key], r.Value[0].ChatId));
        Assert.Equal(0, store.PendingCount("telegram"));

        // A chat's replies arrived in the order asked.
        foreach (var chat in asked.Values.Distinct())
        {
            var order = api.Sent(chat).Select(s => s.ReplyTo).ToList();
            Assert.Equal(asked.Where(a => a.Value == chat).Select(a => (int?)a.Key).Order(), order);
        }
    }

    [Fact]
    public async Task SplitReply_SecondPartFailsForAWhile_ResumesThereAndSendsEachPartOnce()
    {
        const long chat = 4100;
        var time = new SimulatedTime(DateTimeOffset.UtcNow);
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, services: s => s.AddSingleton<TimeProvider>(time));
        var outbox = bot.Host.Services.GetRequiredService<ReplyOutbox>();
        var parts = Enumerable.Range(1, 3).Select(i => $"第{i}部分 " + new string((char)('甲' + i), 3000)).ToList();
        api.Fail("sendMessage", 502, "Bad Gateway", when: b => b["text"]!.GetValue<string>().StartsWith("第2部分", StringComparison.Ordinal), times: 12);

        var item = ReplyOutbox.Build(chat, string.Join("\n\n", parts), null, 77, null);
        Assert.Equal(3, item.Parts.Count);
        outbox.Add(item);
        var first = outbox.DeliverAsync(chat, CancellationToken.None);
        // The worker retries a deferred part; it marks the item done just after the fake API records the last part.
        for (var step = 0; step < 400 && (api.Sent(chat).Count < 3 || outbox.PendingCount > 0); step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        await first;
        var sent = api.Sent(chat);
        Assert.Equal(parts, sent.Select(s => s.Text));
        Assert.Equal(77, sent[0].ReplyTo);
        Assert.Equal(12, api.Of("sendMessage").Count(c => c.Status == 502));
        Assert.Equal(0, outbox.PendingCount);
    }

    private static int ReplyCount(FakeBotApi api, Dictionary<int, long> asked) =>
        api.Sent().Where(s => s.ReplyTo is { } id && asked.ContainsKey(id)).Select(s => s.ReplyTo).Distinct().Count();
}
