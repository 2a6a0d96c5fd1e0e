using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Polling;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class ConcurrencyTests
{
    private const long ChatA = 7001;
    private const long ChatB = 7002;

    // These tests watch for the answer to be in flight by its "typing…" action, shown at once here.
    private static readonly Dictionary<string, string?> TypingFirst = new() { ["Telegram:TypingAfterMilliseconds"] = "0" };

    private static readonly string[] Questions =
    [
        "工地老板拖欠工资怎么办？", "复查申请要向哪一级提出？", "房子被强拆了怎么办？", "邻居家漏水不管怎么办？", "被罚款不服怎么办？",
    ];

    [Fact]
    public async Task TwoChats_OneSlowed_ProceedInParallelAndEachStaysInOrder()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Delay("sendMessage", TimeSpan.FromSeconds(1.5), when: b => b["chat_id"]!.GetValue<long>() == ChatA);
        await using var bot = await BotHost.StartAsync(api);
        var asked = new List<(long Chat, int MessageId)>();

        foreach (var question in Questions)
        {
            asked.Add((ChatA, api.SendText(ChatA, question).MessageId));
            asked.Add((ChatB, api.SendText(ChatB, question).MessageId));
        }

        await api.WaitUntilAsync(a => a.Sent(ChatA).Count == 5 && a.Sent(ChatB).Count == 5, TimeSpan.FromSeconds(15), "five answers in each chat");

        var sent = api.Sent();
        var firstA = sent.ToList().FindIndex(c => c.ChatId == ChatA);
        Assert.True(sent.Take(firstA).Count(c => c.ChatId == ChatB) == 5, "chat B was answered while chat A's first reply was slow");
        foreach (var chat in new[] { ChatA, ChatB })
        {
            Assert.Equal(asked.Where(a => a.Chat == chat).Select(a => (int?)a.MessageId), api.Sent(chat).Select(s => s.ReplyTo));
        }
    }

    [Fact]
    public async Task SmallQueue_ManyUpdates_PollerWaitsAndNothingIsDropped()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Delay("sendMessage", TimeSpan.FromMilliseconds(50), times: 100);
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?>
        {
            ["Telegram:QueueCapacity"] = "2",
            ["Telegram:MaxConcurrentChats"] = "1",
        });

        for (var i = 0; i < 12; i++)
        {
            api.SendText(ChatA + 100 + i, Questions[i % Questions.Length]);
        }

        await api.WaitUntilAsync(a => a.Sent().Count == 12, TimeSpan.FromSeconds(20), "an answer to each of 12 updates");
        Assert.All(api.Of("getUpdates"), c => Assert.Equal(2, c.Body["limit"]!.GetValue<int>()));
        Assert.Equal(12, api.Sent().Select(s => s.ChatId).Distinct().Count());
    }

    [Fact]
    public async Task Shutdown_WhileAnAnswerIsBeingSent_LetsItFinishAndCommitsTheOffset()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Delay("sendMessage", TimeSpan.FromSeconds(1.5));
        await using var bot = await BotHost.StartAsync(api, TypingFirst);

        var (updateId, _) = api.SendText(ChatA, Questions[0]);
        await api.WaitUntilAsync(a => a.Of("sendChatAction").Count == 1, TimeSpan.FromSeconds(30), "the answer to be in flight");
        await Task.Delay(200);
        await bot.StopAsync();

        Assert.Single(api.Sent(ChatA));
        var (offset, delivered) = BotHost.Inspect(bot.DatabasePath, s =>
            (s.GetCounter(TelegramWorker.OffsetKey), s.Recent($"telegram:{ChatA}", 5).Single(m => m.Direction == MessageDirection.Out).Delivered));
        Assert.Equal(updateId + 1, offset);
        Assert.True(delivered);
    }

    [Fact]
    public async Task Shutdown_GraceRunsOut_UnfinishedUpdateIsKeptAndAnsweredOnceAfterRestart()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Delay("sendMessage", TimeSpan.FromSeconds(30));
        var path = BotHost.NewDatabasePath();
        using var cleanup = new DeleteOnDispose(path);
        var settings = new Dictionary<string, string?> { ["Telegram:ShutdownGraceSeconds"] = "1", ["Telegram:TypingAfterMilliseconds"] = "0" };
        var (updateId, messageId) = api.SendText(ChatA, Questions[1]);

        await using (var first = await BotHost.StartAsync(api, settings, path))
        {
            await api.WaitUntilAsync(a => a.Of("sendChatAction").Count == 1, TimeSpan.FromSeconds(30), "the answer to be in flight");
            var stopping = DateTime.UtcNow;
            await first.StopAsync();
            Assert.True(DateTime.UtcNow - stopping < TimeSpan.FromSeconds(5), "shutdown waited only for the grace period");
        }

        Assert.Empty(api.Sent(ChatA));
        var (offset, recorded) = BotHost.Inspect(path, s => (s.GetCounter(TelegramWorker.OffsetKey) ?? 0, s.ReplyTo($"telegram:{ChatA}", updateId)));
        // The answer is durable in the outbox (recorded with the question in one transaction), so the offset may pass
        // the update; the reply itself is still undelivered and leaves from the outbox after the restart.
        Assert.True(offset <= updateId + 1, $"offset {offset} must not pass the update {updateId} before its answer is recorded");
        Assert.False(recorded!.Delivered);

        await using (var second = await BotHost.StartAsync(api, settings, path))
        {
            var answer = await api.WaitForSentAsync(ChatA, 1);
            Assert.Equal(messageId, answer.ReplyTo);
            // The phone layout folds the quotes below the reminders: same lines, Telegram order.
            Assert.Equal(recorded.Text.Split('\n').Order(StringComparer.Ordinal), TelegramHtml.Visible(answer.Text).Split('\n').Order(StringComparer.Ordinal));
            await api.WaitUntilAsync(a => a.Of("getUpdates").Any(c => c.Ok && c.Body["offset"]!.GetValue<int>() == updateId + 1), TimeSpan.FromSeconds(10), "the offset to pass the update");
        }

        Assert.Single(api.Sent(ChatA));
        Assert.Equal(2, BotHost.Inspect(path, s => s.Recent($"telegram:{ChatA}", 10).Count));
    }
}
