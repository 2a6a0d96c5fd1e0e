using System.Text.Json.Nodes;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class UpdateKindsTests
{
    private const long Chat = 4001;
    private const long Group = -4002;

    public static TheoryData<string, string> NonTextContent() => new()
    {
        { "sticker", """{"file_id":"s1","file_unique_id":"u1","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false}""" },
        { "photo", """[{"file_id":"p1","file_unique_id":"u2","width":90,"height":90}]""" },
        { "voice", """{"file_id":"v1","file_unique_id":"u3","duration":3}""" },
        { "video", """{"file_id":"v2","file_unique_id":"u4","width":320,"height":240,"duration":5}""" },
        { "video_note", """{"file_id":"v3","file_unique_id":"u5","length":240,"duration":5}""" },
        { "audio", """{"file_id":"a1","file_unique_id":"u6","duration":60}""" },
        { "animation", """{"file_id":"g1","file_unique_id":"u7","width":320,"height":240,"duration":2}""" },
        { "document", """{"file_id":"d1","file_unique_id":"u8","file_name":"判决书.pdf"}""" },
        { "location", """{"latitude":39.9,"longitude":116.4}""" },
        { "venue", """{"location":{"latitude":39.9,"longitude":116.4},"title":"信访接待大厅","address":"某路1号"}""" },
        { "contact", """{"phone_number":"13812345678","first_name":"张"}""" },
        { "poll", """{"id":"1","question":"怎么办？","options":[{"text":"仲裁","voter_count":0}],"total_voter_count":0,"is_closed":false,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}""" },
        { "dice", """{"emoji":"🎲","value":3}""" },
    };

    [Fact]
    public async Task NonTextMessages_EveryKind_GetsOnePoliteRequestForText()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        var kinds = NonTextContent();

        var chat = Chat;
        foreach (var row in kinds)
        {
            api.SendContent(++chat, (string)row[0], JsonNode.Parse((string)row[1])!);
        }

        await api.WaitUntilAsync(a => a.Sent().Count >= kinds.Count, TimeSpan.FromSeconds(15), "a reply to every non-text message");
        await Task.Delay(300);

        Assert.Equal(kinds.Count, api.Sent().Count);
        for (var c = Chat + 1; c <= chat; c++)
        {
            var reply = Assert.Single(api.Sent(c));
            Assert.Equal(SharedTexts.Texts.NonText, TelegramHtml.Visible(reply.Text));
        }
    }

    [Fact]
    public async Task EditedMessage_IsAnsweredAsANewQuestion()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);

        api.SendText(Chat, "你好");
        await api.WaitForSentAsync(Chat, 1);
        var (_, messageId) = api.SendText(Chat, "复查申请要向哪一级提出？", edited: true);
        var answer = await api.WaitForSentAsync(Chat, 2);

        Assert.Equal(messageId, answer.ReplyTo);
        Assert.StartsWith("<i>（你修改了消息", answer.Text, StringComparison.Ordinal);
        Assert.Contains("复查", answer.Text, StringComparison.Ordinal);
        await bot.StopAsync();
        var recorded = BotHost.Inspect(bot.DatabasePath, s => s.Recent($"telegram:{Chat}", 10));
        Assert.Equal(4, recorded.Count);
    }

    [Fact]
    public async Task Callbacks_ForgedOrStaleData_GetAHarmlessReplyAndChangeNothing()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        api.SendText(Chat + 1, "工地老板拖欠工资怎么办？");
        var otherChatsAnswer = await api.WaitForSentAsync(Chat + 1, 1);
        var otherFeedback = otherChatsAnswer.Buttons.First(b => b.Data.StartsWith("f:", StringComparison.Ordinal)).Data;
        var otherFollowup = otherChatsAnswer.Buttons.First(b => b.Data.StartsWith("q:", StringComparison.Ordinal)).Data;
        string[] forged =
        [
            "zzz", "f:999999:1", "f:abc:1", "t:guide/does-not-exist", "t:../../etc/passwd", "q:999999:0", "d:77",
            "u:9:guide/unpaid-wages", otherFeedback, otherFollowup, new string('x', 80), "",
        ];

        foreach (var data in forged)
        {
            api.Press(Chat, 1, data);
        }

        api.Press(Chat, 1, "x:forget-confirm", messageDate: DateTimeOffset.UtcNow.AddDays(-2));
        await api.WaitUntilAsync(a => a.Of("answerCallbackQuery").Count >= forged.Length + 1, TimeSpan.FromSeconds(15), "an answer to every press");
        await Task.Delay(300);

        var answers = api.Of("answerCallbackQuery");
        Assert.Equal(forged.Length + 1, answers.Count);
        Assert.All(answers, a => Assert.Equal(SharedTexts.Texts.StaleButton, a.Body["text"]?.GetValue<string>()));
        Assert.Empty(api.Sent(Chat));
        Assert.Empty(api.Of("editMessageText"));
        await bot.StopAsync();
        Assert.False(BotHost.Inspect(bot.DatabasePath, s => s.HasFeedback($"telegram:{Chat + 1}", long.Parse(otherFeedback.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Group_ByDefault_SaysOnceThatItAnswersInPrivateOnly()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);

        api.AddedToGroup(Group);
        api.SendText(Group, "老板拖欠工资怎么办？");
        api.SendText(Group, "/start");
        api.SendContent(Group, "sticker", JsonNode.Parse("""{"file_id":"s1","file_unique_id":"u1","type":"regular","width":1,"height":1,"is_animated":false,"is_video":false}""")!);
        api.SendText(Chat, "/help");
        await api.WaitForSentAsync(Chat, 1);
        await Task.Delay(500);

        var notice = Assert.Single(api.Sent(Group));
        Assert.Equal(SharedTexts.Texts.GroupNotice, TelegramHtml.Visible(notice.Text));
        await bot.StopAsync();
        Assert.Null(BotHost.Inspect(bot.DatabasePath, s => s.Find($"telegram:{Group}")));
    }

    [Fact]
    public async Task Group_WhenConfigured_IsAnsweredQuotingTheQuestion()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:AnswerInGroups"] = "true" });

        var (_, messageId) = api.SendText(Group, "老板拖欠工资怎么办？");
        var answer = await api.WaitForSentAsync(Group, 1);

        Assert.Equal(messageId, answer.ReplyTo);
        Assert.Contains("劳动", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_HelpTopicsPrivacyAndUnknown_AnswerFromTheContentFile()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?> { ["Storage:RetentionDays"] = "90" });

        api.SendText(Chat, "/help");
        api.SendText(Chat, "/topics@xinfang_test_bot");
        api.SendText(Chat, "/privacy");
        api.SendText(Chat, "/nonsense");
        await api.WaitForSentAsync(Chat, 4);

        var sent = api.Sent(Chat);
        Assert.Equal(SharedTexts.Texts.Help, TelegramHtml.Visible(sent[0].Text));
        Assert.Equal(7, sent[1].Buttons.Count(b => b.Data.StartsWith("d:", StringComparison.Ordinal)));
        Assert.Contains("满90天自动删除", sent[2].Text, StringComparison.Ordinal);
        Assert.Contains("/forget", sent[2].Text, StringComparison.Ordinal);
        Assert.Contains("已打码", sent[2].Text, StringComparison.Ordinal);
        Assert.Equal(SharedTexts.Texts.Help, TelegramHtml.Visible(sent[3].Text));
    }
}
