using System.Diagnostics;
using System.Globalization;
using XinfangBot.Telegram.Tests.Support;
using Xunit.Abstractions;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>
/// Answered updates per second through the whole channel: the real TelegramBotClient polling the local fake, per-chat
/// lanes, the offline engine, and LiteDB recording every question, answer, delivery, ledger entry and offset.
/// Run alone with <c>dotnet test --filter Category=Bench</c>.
/// </summary>
public sealed class ThroughputBench(ITestOutputHelper output)
{
    private static readonly string[] Questions =
    [
        "工地老板拖欠工资三个月怎么办？", "复查申请要向哪一级提出？", "房子被强拆了怎么办？", "单位不给交社保怎么办？", "被罚款不服怎么办？",
        "能不能越级上访？", "邻居家漏水不管怎么办？", "信访事项多久办完？", "对法院判决不服怎么办？", "医院手术出了问题怎么办？",
    ];

    [Theory]
    [Trait("Category", "Bench")]
    [InlineData("shared")]
    [InlineData("direct")]
    public async Task Throughput_400QuestionsFrom40Chats_AllAnsweredAndRateReported(string connection)
    {
        const int chats = 40;
        const int perChat = 10;
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning", ["Storage:Connection"] = connection });
        await api.WaitUntilAsync(a => a.Of("getUpdates").Count > 0, TimeSpan.FromSeconds(10), "the first poll");

        // Warm-up: the first answers JIT the pipeline.
        for (var i = 0; i < Questions.Length; i++)
        {
            api.SendText(90_000 + i, Questions[i]);
        }

        await api.WaitUntilAsync(a => a.Sent().Count == Questions.Length, TimeSpan.FromSeconds(20), "the warm-up answers");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < perChat; i++)
        {
            for (var chat = 0; chat < chats; chat++)
            {
                api.SendText(100_000 + chat, Questions[(i + chat) % Questions.Length]);
            }
        }

        await api.WaitUntilAsync(a => a.Sent().Count == Questions.Length + (chats * perChat), TimeSpan.FromSeconds(60), "every answer");
        watch.Stop();

        var rate = chats * perChat / watch.Elapsed.TotalSeconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"telegram throughput: {chats * perChat} updates from {chats} chats answered in {watch.Elapsed.TotalSeconds:F2} s = {rate:F0} updates/s (8 chats at once, LiteDB {connection} mode recording)");
        output.WriteLine(line + $" ({api.Of("getUpdates").Count} getUpdates calls)");
        Console.WriteLine(line);
        Assert.Equal(chats * perChat, api.Sent().Count(s => s.ChatId >= 100_000));
    }
}
