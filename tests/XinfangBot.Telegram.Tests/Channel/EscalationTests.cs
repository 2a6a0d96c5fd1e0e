using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class EscalationTests
{
    private const long Chat = 6001;
    private const long Admin = -6999;

    private static Dictionary<string, string?> WithAdmin => new() { ["Telegram:AdminChatId"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Human_Command_WaitsForAPersonOpensACaseAndTellsTheAdminChatAtOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        api.SendText(Chat, "我叫王五，手机13812345678，工资被拖欠了");
        await api.WaitForSentAsync(Chat, 1);

        api.SendText(Chat, "/human");
        var reply = await api.WaitForSentAsync(Chat, 2);
        var notice = await api.WaitForSentAsync(Admin, 1);

        Assert.Equal(SharedKnowledge.Rules.Templates.HumanRequest, TelegramHtml.Visible(reply.Text));
        Assert.Matches(@"新案件 #\d+：转人工（human-request，优先级3），对话 telegram:6001", notice.Text);
        Assert.DoesNotContain("王五", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("138", notice.Text, StringComparison.Ordinal);

        // Then what happens, roughly when, and that this chat files nothing.
        var notice2 = await api.WaitForSentAsync(Chat, 3);
        Assert.Matches(@"案件 #\d+", notice2.Text);
        Assert.Contains("不等于提交信访事项", notice2.Text, StringComparison.Ordinal);

        // While waiting for a person the bot stays quiet; asking again gets a short reminder.
        api.SendText(Chat, "工地老板拖欠工资怎么办？");
        api.SendText(Chat, "/human");
        var reminder = await api.WaitForSentAsync(Chat, 4);
        Assert.Equal(SharedTexts.Texts.AlreadyWaiting, TelegramHtml.Visible(reminder.Text));
        await Task.Delay(300);
        Assert.Equal(4, api.Sent(Chat).Count);
        Assert.Single(api.Sent(Admin));

        await bot.StopAsync();
        var (state, cases) = BotHost.Inspect(bot.DatabasePath, s => (s.Find($"telegram:{Chat}")!.State, s.OpenEscalations()));
        Assert.Equal(ConversationState.WaitingHuman, state);
        Assert.Equal(EscalationKind.HumanRequest, Assert.Single(cases).Kind);
    }

    [Fact]
    public async Task Crisis_Message_GetsEmergencyHelpAndTheAdminChatIsToldAtOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);

        api.SendText(Chat, "讨了三年工资都要不到，我真的不想活了");
        var reply = await api.WaitForSentAsync(Chat, 1);
        var notice = await api.WaitForSentAsync(Admin, 1);

        Assert.Contains("12356", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Buttons, b => b.Text == "👍 有用");
        Assert.Contains("危机求助（自身安全）（crisis，优先级1）", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("不想活", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminChat_BotAddedAndStaffTalking_BotStaysSilentThere()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);

        api.AddedToGroup(Admin);
        api.SendText(Admin, "/start");
        api.SendText(Chat, "/help");
        await api.WaitForSentAsync(Chat, 1);
        await Task.Delay(300);

        Assert.Empty(api.Sent(Admin));
    }

    [Fact]
    public async Task ThreatAndHumanRequestMessages_AreAnnouncedToTheAdminChatAtOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);

        api.SendText(Chat, "老板再不给钱，我就去杀了他，同归于尽");
        api.SendText(Chat + 1, "我要转人工");
        await api.WaitForSentAsync(Chat, 1);
        await api.WaitForSentAsync(Chat + 1, 1);
        await api.WaitUntilAsync(a => a.Sent(Admin).Count == 2, TimeSpan.FromSeconds(10), "two admin notices");

        var notices = api.Sent(Admin).Select(n => n.Text).ToList();
        Assert.Contains(notices, n => n.Contains("（threat，优先级2），对话 telegram:6001", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("（human-request，优先级3），对话 telegram:6002", StringComparison.Ordinal));
        Assert.DoesNotContain(notices, n => n.Contains("杀了他", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HumanButton_UnderAnAnswer_EscalatesLikeTheCommand()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        api.SendText(Chat, "复查申请要向哪一级提出？");
        var answer = await api.WaitForSentAsync(Chat, 1);

        api.Press(answer, "转人工");

        var reply = await api.WaitForSentAsync(Chat, 2);
        Assert.Equal(SharedKnowledge.Rules.Templates.HumanRequest, TelegramHtml.Visible(reply.Text));
        await api.WaitForSentAsync(Admin, 1);
    }

    [Fact]
    public async Task Escalation_AdminChatConfiguredOnlyLater_IsAnnouncedAtTheNextStartExactlyOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        var path = BotHost.NewDatabasePath();
        using var cleanup = new DeleteOnDispose(path);
        await using (var first = await BotHost.StartAsync(api, databasePath: path))
        {
            api.SendText(Chat, "/human");
            await api.WaitForSentAsync(Chat, 1);
        }

        Assert.Empty(api.Sent(Admin));
        await using (var second = await BotHost.StartAsync(api, WithAdmin, path))
        {
            await api.WaitForSentAsync(Admin, 1);
        }

        await using var third = await BotHost.StartAsync(api, WithAdmin, path);
        await api.WaitUntilAsync(a => a.Of("getUpdates").Count(c => c.Ok) >= 4, TimeSpan.FromSeconds(10), "the third start to poll");
        Assert.Single(api.Sent(Admin));
    }
}
