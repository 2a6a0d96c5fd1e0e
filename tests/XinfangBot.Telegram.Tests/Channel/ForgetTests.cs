using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class ForgetTests
{
    private const long Chat = 5001;

    [Fact]
    public async Task Forget_Confirmed_DeletesConversationMessagesAndFeedbackAndSaysWhat()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        api.SendText(Chat, "工地老板拖欠工资怎么办？");
        var answer = await api.WaitForSentAsync(Chat, 1);
        api.Press(answer, "👎 没用");
        await api.WaitUntilAsync(a => a.Of("answerCallbackQuery").Count == 1, TimeSpan.FromSeconds(10), "feedback");
        api.SendText(Chat + 1, "你好");
        await api.WaitForSentAsync(Chat + 1, 1);

        api.SendText(Chat, "/forget");
        var question = await api.WaitForSentAsync(Chat, 2);
        Assert.Equal(SharedTexts.Texts.ForgetAsk, TelegramHtml.Visible(question.Text));
        Assert.Equal(["x:forget-confirm", "x:forget-cancel"], question.Buttons.Select(b => b.Data));
        api.Press(question, SharedTexts.Texts.Buttons.ForgetConfirm);
        var done = await api.WaitForAsync(() => api.FirstOk("editMessageText"), null, "the deletion report");

        Assert.Equal(FakeBotApi.MessageIdOf(question), done.Body["message_id"]!.GetValue<int>());
        Assert.StartsWith("已删除：1个对话、2条消息、1条反馈。", TelegramHtml.Visible(done.Text), StringComparison.Ordinal);
        await bot.StopAsync();
        var (conversation, messages, feedback, other) = BotHost.Inspect(bot.DatabasePath, s =>
            (s.Find($"telegram:{Chat}"), s.Recent($"telegram:{Chat}", 10).Count, s.HasFeedback($"telegram:{Chat}", 2), s.Recent($"telegram:{Chat + 1}", 10).Count));
        Assert.Null(conversation);
        Assert.Equal(0, messages);
        Assert.False(feedback);
        Assert.Equal(2, other);
    }

    [Fact]
    public async Task Forget_Cancelled_KeepsEverything()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        api.SendText(Chat, "你好");
        await api.WaitForSentAsync(Chat, 1);

        api.SendText(Chat, "/forget");
        var question = await api.WaitForSentAsync(Chat, 2);
        api.Press(question, SharedTexts.Texts.Buttons.ForgetCancel);
        var done = await api.WaitForAsync(() => api.FirstOk("editMessageText"), null, "the cancellation");

        Assert.Equal(SharedTexts.Texts.ForgetCancelled, TelegramHtml.Visible(done.Text));
        await bot.StopAsync();
        Assert.Equal(2, BotHost.Inspect(bot.DatabasePath, s => s.Recent($"telegram:{Chat}", 10).Count));
    }

    [Fact]
    public async Task Forget_NothingStored_SaysSo()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);

        api.SendText(Chat, "/forget");
        var question = await api.WaitForSentAsync(Chat, 1);
        api.Press(question, SharedTexts.Texts.Buttons.ForgetConfirm);
        var done = await api.WaitForAsync(() => api.FirstOk("editMessageText"), null, "the report");

        Assert.Equal(SharedTexts.Texts.ForgetNothing, TelegramHtml.Visible(done.Text));
    }

    [Fact]
    public async Task Forget_ForgedConfirmOnAnotherMessageOrChat_DeletesNothing()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        api.SendText(Chat, "工地老板拖欠工资怎么办？");
        var answer = await api.WaitForSentAsync(Chat, 1);
        api.SendText(Chat + 1, "/forget");
        var otherQuestion = await api.WaitForSentAsync(Chat + 1, 1);

        // No /forget asked in this chat: a confirm forged on the bot's answer, and one carrying another chat's question id.
        api.Press(Chat, FakeBotApi.MessageIdOf(answer), "x:forget-confirm");
        api.Press(Chat, FakeBotApi.MessageIdOf(otherQuestion), "x:forget-confirm");
        await api.WaitUntilAsync(a => a.Of("answerCallbackQuery").Count == 2, TimeSpan.FromSeconds(10), "both buttons answered");

        Assert.All(api.Of("answerCallbackQuery"), c => Assert.Equal(SharedTexts.Texts.StaleButton, c.Body["text"]?.GetValue<string>()));
        Assert.Empty(api.Of("editMessageText"));
        Assert.Equal(2, bot.Store.Recent($"telegram:{Chat}", 10).Count);
    }
}
