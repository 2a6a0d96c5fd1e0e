using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>Cases worked from the Telegram admin chat, end to end against the fake Bot API (CONTRACTS §7).</summary>
public sealed class CaseWorkTests
{
    private const long Chat = 7001;
    private const long Admin = -7999;
    private const long Reviewer = 777;

    private static Dictionary<string, string?> WithAdmin => new() { ["Telegram:AdminChatId"] = Admin.ToString(CultureInfo.InvariantCulture) };

    private static void LinkReviewer(BotHost bot, string name = "wangfang", string role = StaffRoles.Reviewer, long telegramUser = Reviewer)
    {
        var staff = bot.Host.Services.GetRequiredService<StaffDirectory>();
        Assert.True(staff.Add(name, role, "correct horse battery"));
        Assert.True(staff.Link(name, telegramUser));
    }

    private static long CaseIdOf(ApiCall notice) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(notice.Text, @"#(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task HumanRequest_LinkedReviewerTakesRepliesAndResolves_CitizenHearsEachStepAndTheBotAnswersAgain()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        LinkReviewer(bot);

        api.SendText(Chat, "找个人工");
        var reply = await api.WaitForSentAsync(Chat, 1);
        var opened = await api.WaitForSentAsync(Chat, 2);
        var notice = await api.WaitForSentAsync(Admin, 1);
        Assert.Equal(SharedKnowledge.Rules.Templates.HumanRequest, TelegramHtml.Visible(reply.Text));
        Assert.Contains("不等于提交信访事项", opened.Text, StringComparison.Ordinal);
        Assert.Contains("网上信访", opened.Text, StringComparison.Ordinal);
        Assert.Equal(["接手", "查看", "结案"], notice.Buttons.Select(b => b.Text));
        var id = CaseIdOf(notice);

        api.SendText(Admin, $"/take {id}", fromUserId: Reviewer);
        var taken = await api.WaitForSentAsync(Chat, 3);
        Assert.Contains("工作人员已接手", taken.Text, StringComparison.Ordinal);
        await api.WaitUntilAsync(a => a.Sent(Admin).Any(m => m.Text.Contains("已接手案件", StringComparison.Ordinal)), TimeSpan.FromSeconds(10), "the take confirmed");

        // Claimed: the bot says nothing by itself; the admin chat hears that the citizen wrote, not what.
        api.SendText(Chat, "工地老板拖欠工资三个月怎么办？");
        var wrote = await api.WaitForAsync(() => api.Sent(Admin).FirstOrDefault(m => m.Text.Contains("发来了新消息", StringComparison.Ordinal)), null, "a new-message notice");
        Assert.DoesNotContain("拖欠", wrote.Text, StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Equal(3, api.Sent(Chat).Count);

        api.SendText(Admin, $"/reply {id} 您好，欠薪可以先向劳动保障监察投诉。", fromUserId: Reviewer);
        var staffReply = await api.WaitForSentAsync(Chat, 4);
        Assert.Equal("工作人员回复：您好，欠薪可以先向劳动保障监察投诉。", TelegramHtml.Visible(staffReply.Text));

        api.SendText(Admin, $"/resolve {id} 已答复欠薪途径", fromUserId: Reviewer);
        var resolved = await api.WaitForSentAsync(Chat, 5);
        Assert.Contains("已处理完毕", resolved.Text, StringComparison.Ordinal);

        api.SendText(Chat, "工地老板拖欠工资三个月怎么办？");
        var answer = await api.WaitForSentAsync(Chat, 6);
        Assert.Contains("劳动", answer.Text, StringComparison.Ordinal);

        await bot.StopAsync();
        var (escalation, messages) = BotHost.Inspect(bot.DatabasePath, s => (s.GetEscalation(id)!, s.Recent($"telegram:{Chat}", 50)));
        Assert.Equal(EscalationStatus.Resolved, escalation.Status);
        Assert.Equal("wangfang", escalation.Assignee);
        Assert.NotNull(escalation.FirstResponseUtc);
        Assert.Equal("已答复欠薪途径", Assert.Single(escalation.StaffNotes).Text);
        Assert.Contains(messages, m => m.Author == MessageAuthor.Staff("wangfang") && m.Text.Contains("劳动保障监察", StringComparison.Ordinal) && m.Delivered);
    }

    [Fact]
    public async Task Crisis_ClaimedChat_StillGetsHelpLinesAndReAlertsAndNeedsANoteToClose()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        LinkReviewer(bot);

        api.SendText(Chat, "讨了三年工资都要不到，我真的不想活了");
        var help = await api.WaitForSentAsync(Chat, 1);
        var opened = await api.WaitForSentAsync(Chat, 2);
        var notice = await api.WaitForSentAsync(Admin, 1);
        Assert.Contains("12356", help.Text, StringComparison.Ordinal);
        Assert.Contains("分钟内", opened.Text, StringComparison.Ordinal);
        var id = CaseIdOf(notice);

        api.Press(notice, "接手", fromUserId: Reviewer);
        await api.WaitForSentAsync(Chat, 3);
        api.SendText(Chat, "你好");
        await Task.Delay(600);
        Assert.Equal(3, api.Sent(Chat).Count);

        api.SendText(Chat, "我还是不想活了");
        var again = await api.WaitForSentAsync(Chat, 4);
        Assert.Contains("12356", again.Text, StringComparison.Ordinal);
        await api.WaitUntilAsync(a => a.Sent(Admin).Any(m => m.Text.Contains("再次提醒", StringComparison.Ordinal)), TimeSpan.FromSeconds(10), "a re-alert");

        api.SendText(Admin, $"/resolve {id}", fromUserId: Reviewer);
        await api.WaitUntilAsync(a => a.Sent(Admin).Any(m => m.Text.Contains("必须写处理说明", StringComparison.Ordinal)), TimeSpan.FromSeconds(10), "a note required");
        api.SendText(Admin, $"/resolve {id} 已电话联系家属，人安全", fromUserId: Reviewer);
        var closed = await api.WaitForSentAsync(Chat, 5);
        Assert.Contains("已处理完毕", closed.Text, StringComparison.Ordinal);

        await bot.StopAsync();
        var escalation = BotHost.Inspect(bot.DatabasePath, s => s.GetEscalation(id)!);
        Assert.Equal(EscalationStatus.Resolved, escalation.Status);
        Assert.Equal(2, escalation.Alerts);
    }

    [Fact]
    public async Task AdminCommands_FromUnlinkedUsersOrOtherChats_DoNothing()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        LinkReviewer(bot);
        LinkReviewer(bot, "zhaolei", StaffRoles.Curator, 778);
        api.SendText(Chat, "/human");
        var notice = await api.WaitForSentAsync(Admin, 1);
        await api.WaitForSentAsync(Chat, 2);
        var id = CaseIdOf(notice);

        api.SendText(Admin, $"/take {id}", fromUserId: 888);         // nobody's account
        api.SendText(Admin, $"/take {id}", fromUserId: 778);         // a curator: not for cases
        api.Press(notice, "接手", fromUserId: 888);
        api.SendText(Reviewer, $"/take {id}");                        // the reviewer, but in a private chat: ordinary text
        await api.WaitForSentAsync(Reviewer, 1);
        await Task.Delay(600);

        Assert.Single(api.Sent(Admin));
        Assert.Equal(2, api.Sent(Chat).Count);
        Assert.DoesNotContain("已接手", api.Sent(Reviewer)[0].Text, StringComparison.Ordinal);
        await bot.StopAsync();
        Assert.Equal(EscalationStatus.Open, BotHost.Inspect(bot.DatabasePath, s => s.GetEscalation(id)!.Status));
    }

    [Fact]
    public async Task Release_HandsTheChatBackAndTheCitizenIsTold()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        LinkReviewer(bot);
        api.SendText(Chat, "我叫王五，手机13812345678，老板拖欠工资");
        await api.WaitForSentAsync(Chat, 1);
        api.SendText(Chat, "/human");
        var notice = await api.WaitForSentAsync(Admin, 1);
        var id = CaseIdOf(notice);
        await api.WaitForSentAsync(Chat, 3);

        // 查看: the masked transcript, for linked staff only.
        api.Press(notice, "查看", fromUserId: Reviewer);
        var shown = await api.WaitForAsync(() => api.Sent(Admin).FirstOrDefault(m => m.Text.Contains("开启于", StringComparison.Ordinal)), null, "the case shown");
        Assert.Contains("[手机号]", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", shown.Text, StringComparison.Ordinal);

        api.SendText(Admin, $"/cases", fromUserId: Reviewer);
        var list = await api.WaitForAsync(() => api.Sent(Admin).FirstOrDefault(m => m.Text.Contains("待处理案件", StringComparison.Ordinal)), null, "the case list");
        Assert.Contains($"#{id} 转人工", list.Text, StringComparison.Ordinal);

        api.SendText(Admin, $"/release {id}", fromUserId: Reviewer);
        var released = await api.WaitForSentAsync(Chat, 4);
        Assert.Contains("交回给我", released.Text, StringComparison.Ordinal);
        api.SendText(Chat, "对信访处理意见不服怎么办？");
        var answer = await api.WaitForSentAsync(Chat, 5);
        Assert.Contains("复查", answer.Text, StringComparison.Ordinal);
        await bot.StopAsync();
        Assert.Equal(EscalationStatus.Released, BotHost.Inspect(bot.DatabasePath, s => s.GetEscalation(id)!.Status));
    }

    [Fact]
    public async Task Forget_OpenCase_KeepsKindTimesAndNotesButNoChatId()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WithAdmin);
        api.SendText(Chat, "/human");
        var id = CaseIdOf(await api.WaitForSentAsync(Admin, 1));
        await api.WaitForSentAsync(Chat, 2);

        api.SendText(Chat, "/forget");
        var question = await api.WaitForSentAsync(Chat, 3);
        api.Press(question, SharedTexts.Texts.Buttons.ForgetConfirm);
        await api.WaitUntilAsync(a => a.Of("editMessageText").Any(c => c.Ok), TimeSpan.FromSeconds(10), "the forget confirmation");

        await bot.StopAsync();
        var (escalation, all) = BotHost.Inspect(bot.DatabasePath, s => (s.GetEscalation(id)!, s.Recent($"telegram:{Chat}", 50)));
        Assert.Equal(string.Empty, escalation.ConversationId);
        Assert.Equal(DeletionReason.Citizen, escalation.DeletedBy);
        Assert.Equal(EscalationKind.HumanRequest, escalation.Kind);
        Assert.Empty(all);
    }
}
