using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>
/// A threat written in a chat a person already holds goes through the real handler (fake Bot API, LiteDB, the real
/// program's services): the bot stays quiet in the chat, but the case is raised to a threat and the admins are alerted
/// again, without the citizen's words.
/// </summary>
public sealed class HeldChatThreatTests
{
    private const long Chat = 6101;
    private const long Admin = -6199;

    [Fact]
    public async Task Threat_InAChatWaitingForAPerson_ReAlertsTheAdminsAsAThreat()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:AdminChatId"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        api.SendText(Chat, "/human");
        await api.WaitForSentAsync(Chat, 1);
        var first = await api.WaitForSentAsync(Admin, 1);
        Assert.Contains("（human-request，优先级3）", first.Text, StringComparison.Ordinal);
        var sentToChat = (await api.WaitForSentAsync(Chat, 2)) is not null ? api.Sent(Chat).Count : 0;

        api.SendText(Chat, "老板再不给钱，我明天就拿刀去他家砍了他");
        var realert = await api.WaitForSentAsync(Admin, 2);

        Assert.Matches(@"案件 #\d+ 再次提醒：.*（threat，优先级2），对话 telegram:6101", realert.Text);
        Assert.DoesNotContain("砍了他", realert.Text, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(sentToChat, api.Sent(Chat).Count);

        await bot.StopAsync();
        var (state, cases) = BotHost.Inspect(bot.DatabasePath, s => (s.Find($"telegram:{Chat}")!.State, s.OpenEscalations()));
        Assert.Equal(ConversationState.WaitingHuman, state);
        var held = Assert.Single(cases);
        Assert.Equal(EscalationKind.Threat, held.Kind);
        Assert.Equal(2, held.Alerts);
    }
}
