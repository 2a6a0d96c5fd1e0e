using System.Globalization;
using XinfangBot.Telegram.Tests.Support;
using Xunit.Abstractions;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>
/// The real program is killed (SIGKILL, whole process tree) in the middle of a burst and started again on the same
/// LiteDB file; every update must get exactly one reply.
/// </summary>
public sealed class RestartTests(ITestOutputHelper output)
{
    private const int Chats = 6;
    private const int PerChat = 10;

    private static readonly string[] Questions =
    [
        "工地老板拖欠工资三个月怎么办？", "复查申请要向哪一级提出？", "房子被强拆了怎么办？", "单位不给交社保怎么办？", "被罚款不服怎么办？",
        "能不能越级上访？", "邻居家漏水不管怎么办？", "信访事项多久办完？", "你好", "对法院判决不服怎么办？",
    ];

    /// <summary>
    /// The kill happens while the fake Bot API holds the program's requests unprocessed (a network that stopped
    /// answering): replies in flight were not accepted by Telegram, so each must be sent again, and exactly once.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Host_KilledMidBurstAndRestarted_AnswersEveryUpdateExactlyOnce()
    {
        var (updates, lost, twice) = await KillAndRestartAsync(stallBeforeKill: true, killAfter: TimeSpan.Zero);

        Assert.Empty(lost);
        Assert.Empty(twice);
        Assert.Equal(Chats * PerChat, updates);
    }

    /// <summary>
    /// Kills at random moments with the network healthy, to measure the one window no bot can close: Telegram accepted
    /// a reply but the program died before recording that. Nothing may be lost; a repeat is reported, not failed.
    /// Trials: environment variable XFB_KILL_TRIALS (default 1).
    /// </summary>
    [Fact]
    [Trait("Category", "Bench")]
    public async Task Host_KilledAtRandomMoments_LosesNothingAndReportsRepeats()
    {
        var trials = int.Parse(Environment.GetEnvironmentVariable("XFB_KILL_TRIALS") ?? "1", CultureInfo.InvariantCulture);
        var random = new Random(20261125);
        var repeated = 0;
        for (var trial = 1; trial <= trials; trial++)
        {
            var (_, lost, twice) = await KillAndRestartAsync(stallBeforeKill: false, killAfter: TimeSpan.FromMilliseconds(random.Next(100, 1500)));
            Assert.Empty(lost);
            repeated += twice.Count;
        }

        var line = $"random kills: {trials} trial(s) of {Chats * PerChat} updates: 0 lost, {repeated} repeated in total";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private async Task<(int Updates, List<int> Lost, List<int> Twice)> KillAndRestartAsync(bool stallBeforeKill, TimeSpan killAfter)
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Delay("sendMessage", TimeSpan.FromMilliseconds(100), times: 10_000);
        var path = BotHost.NewDatabasePath();
        using var cleanup = new DeleteOnDispose(path);
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = FakeBotApi.Token,
            ["Telegram__BaseUrl"] = api.BaseUrl,
            ["Telegram__PollTimeoutSeconds"] = "1",
            ["Telegram__MaxConcurrentChats"] = "4",
            ["Storage__DatabasePath"] = path,
            ["Logging__LogLevel__Default"] = "Warning",
        };

        var asked = new Dictionary<int, long>();
        for (var i = 0; i < PerChat; i++)
        {
            for (var chat = 1; chat <= Chats; chat++)
            {
                var (_, messageId) = api.SendText(10_000 + chat, Questions[(i + chat) % Questions.Length]);
                asked[messageId] = 10_000 + chat;
            }
        }

        using (var first = HostProcess.Start(environment))
        {
            await api.WaitUntilAsync(a => a.Sent().Count >= (stallBeforeKill ? 15 : 1) || first.HasExited, TimeSpan.FromSeconds(30), "the first replies of the burst");
            Assert.False(first.HasExited, first.Output);
            if (stallBeforeKill)
            {
                api.Stall();
                await Task.Delay(300);
            }
            else
            {
                await Task.Delay(killAfter);
            }

            await first.KillAsync();
        }

        // Sends the fake had already received when the program died complete on the server side, as on Telegram's.
        var atKill = api.Sent().Count;
        await Task.Delay(300);
        var beforeKill = api.Sent().Count;
        var acceptedAfterDeath = beforeKill - atKill;
        Assert.InRange(beforeKill, 1, asked.Count - 1);

        api.Resume();
        using (var second = HostProcess.Start(environment))
        {
            await api.WaitUntilAsync(a => asked.Keys.All(id => a.Sent().Any(s => s.ReplyTo == id)) || second.HasExited, TimeSpan.FromSeconds(30), "a reply to every update after the restart");
            Assert.False(second.HasExited, second.Output);
            await Task.Delay(1000);
        }

        var replies = api.Sent().Where(s => s.ReplyTo is not null).GroupBy(s => s.ReplyTo!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var lost = asked.Keys.Where(id => !replies.ContainsKey(id)).ToList();
        var twice = replies.Where(r => r.Value.Count > 1).Select(r => r.Key).ToList();
        Assert.All(replies, r => Assert.Equal(asked[r.Key], r.Value[0].ChatId));
        output.WriteLine($"updates {asked.Count}: {beforeKill} replies before the kill{(stallBeforeKill ? " (network stalled)" : $" ({killAfter.TotalMilliseconds:F0} ms after the first)")}, of which {acceptedAfterDeath} were in flight and accepted after the program died; {api.Sent().Count - beforeKill} after the restart; lost {lost.Count}, answered twice {twice.Count}");
        return (api.Sent().Count, lost, twice);
    }
}
