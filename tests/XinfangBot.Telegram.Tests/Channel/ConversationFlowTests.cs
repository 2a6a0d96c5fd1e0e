using XinfangBot.Core.Conversations;
using XinfangBot.Telegram.Tests.Support;
using Xunit.Abstractions;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class ConversationFlowTests(ITestOutputHelper output)
{
    private const long Chat = 1001;

    [Fact]
    public async Task WholeConversation_StartTopicGuideQuestionFeedbackFollowup_AllWorkThroughTheRealClient()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:TypingAfterMilliseconds"] = "0" });

        // /start: welcome, the one-line disclaimer, and the roadmap's domain buttons.
        api.SendText(Chat, "/start");
        var welcome = await api.WaitForSentAsync(Chat, 1);
        Assert.Equal("HTML", welcome.ParseMode, ignoreCase: true);
        Assert.Contains("信访和法律途径指引助手", welcome.Text, StringComparison.Ordinal);
        Assert.Contains(SharedKnowledge.Rules.Templates.Disclaimer, welcome.Text, StringComparison.Ordinal);
        Assert.Contains(welcome.Buttons, b => b.Text == "工资和劳动" && b.Data == "d:0");

        // A domain button shows its topics in place.
        api.Press(welcome, "工资和劳动");
        var topics = await api.WaitForAsync(() => api.Of("editMessageText").FirstOrDefault(c => c.Ok), null, "the domain's topics");
        Assert.Equal(FakeBotApi.MessageIdOf(welcome), topics.Body["message_id"]!.GetValue<int>());
        Assert.Contains(topics.Buttons, b => b.Data == "t:guide/unpaid-wages");

        // A topic button sends the channel guide with readable citations and its follow-ups as buttons.
        api.Press(Chat, FakeBotApi.MessageIdOf(welcome), "t:guide/unpaid-wages");
        var guide = await api.WaitForSentAsync(Chat, 2);
        Assert.Contains("<b>拖欠工资怎么办", guide.Text, StringComparison.Ordinal);
        Assert.Contains("《劳动保障监察条例》第九条", guide.Text, StringComparison.Ordinal);
        Assert.Contains(guide.Buttons, b => b.Data.StartsWith("u:0:guide/unpaid-wages", StringComparison.Ordinal));

        // A question: typing action, then an HTML answer quoting the question, with follow-ups and 有用/没用/转人工.
        var (_, questionId) = api.SendText(Chat, "工地老板拖欠工资三个月，能去市政府上访吗？");
        var answer = await api.WaitForSentAsync(Chat, 3);
        Assert.Contains(api.Of("sendChatAction"), c => c.ChatId == Chat && c.Body["action"]!.GetValue<string>() == "typing");
        Assert.Equal(questionId, answer.ReplyTo);
        Assert.Contains("<b>怎么办：</b>", answer.Text, StringComparison.Ordinal);
        Assert.Contains("《劳动保障监察条例》第九条", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Buttons, b => b.Text == "👍 有用");
        Assert.Contains(answer.Buttons, b => b.Data.StartsWith("q:", StringComparison.Ordinal));

        // 有用 is recorded as feedback and acknowledged.
        api.Press(answer, "👍 有用");
        await api.WaitUntilAsync(a => a.Of("answerCallbackQuery").Any(c => c.Body["text"]?.GetValue<string>() == "谢谢你的反馈！"), TimeSpan.FromSeconds(10), "feedback thanks");

        // A follow-up button asks that question and shows it above the answer.
        var followup = answer.Buttons.First(b => b.Data.StartsWith("q:", StringComparison.Ordinal));
        api.Press(Chat, FakeBotApi.MessageIdOf(answer), followup.Data);
        var second = await api.WaitForSentAsync(Chat, 4);
        Assert.StartsWith("<b>问：" + followup.Text, second.Text, StringComparison.Ordinal);

        foreach (var sent in api.Sent(Chat))
        {
            output.WriteLine($"--- sendMessage ({sent.Text.Length} chars, buttons: {string.Join(" | ", sent.Buttons.Select(b => b.Text + "=" + b.Data))})\n{sent.Text}");
        }

        await bot.StopAsync();
        var (messages, feedback) = BotHost.Inspect(bot.DatabasePath, s =>
            (s.Recent($"telegram:{Chat}", 50), s.HasFeedback($"telegram:{Chat}", long.Parse(answer.Buttons.First(b => b.Text == "👍 有用").Data.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(4, messages.Count);
        Assert.All(messages.Where(m => m.Direction == MessageDirection.Out), m => Assert.True(m.Delivered));
        Assert.True(feedback);
        Assert.All(api.Calls.Where(c => c.Method is "sendMessage" or "editMessageText"), c => Assert.Equal(200, c.Status));
    }
}
