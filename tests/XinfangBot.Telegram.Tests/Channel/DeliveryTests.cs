using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using XinfangBot.Core.Answering;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

public sealed class DeliveryTests
{
    private const long Chat = 2001;
    private const string Question = "工地老板拖欠工资三个月怎么办？";

    [Fact]
    public async Task Answer_Telegram429WithRetryAfter_WaitsThatLongThenDeliversOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", 429, "Too Many Requests: retry after 2", retryAfter: 2);
        await using var bot = await BotHost.StartAsync(api);

        api.SendText(Chat, Question);
        await api.WaitForSentAsync(Chat, 1);

        var attempts = api.Of("sendMessage").Where(c => c.ChatId == Chat).ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1.9), $"retried after {(attempts[1].At - attempts[0].At).TotalSeconds:F2} s");
        Assert.Single(api.Sent(Chat));
    }

    [Fact]
    public async Task Answer_Telegram500_IsRetriedAndDeliveredOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", 500, "Internal Server Error", times: 2);
        await using var bot = await BotHost.StartAsync(api);

        api.SendText(Chat, Question);
        await api.WaitForSentAsync(Chat, 1);

        Assert.Equal([500, 500, 200], api.Of("sendMessage").Where(c => c.ChatId == Chat).Select(a => a.Status));
        Assert.Single(api.Sent(Chat));
    }

    [Fact]
    public async Task Poll_GetUpdatesFails_PollingRecoversAndAnswers()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("getUpdates", 502, "Bad Gateway");
        await using var bot = await BotHost.StartAsync(api);

        api.SendText(Chat, Question);

        await api.WaitForSentAsync(Chat, 1);
        Assert.Contains(api.Of("getUpdates"), c => c.Status == 502);
    }

    [Fact]
    public async Task Answer_Telegram400CantParseEntities_SameContentResentAsPlainText()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Fail("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"b\" at byte offset 0",
            when: b => b["parse_mode"] is not null);
        await using var bot = await BotHost.StartAsync(api);

        api.SendText(Chat, Question);
        var plain = await api.WaitForSentAsync(Chat, 1);

        var rejected = api.Of("sendMessage").Single(c => c.Status == 400);
        Assert.Null(plain.ParseMode);
        Assert.Equal(TelegramHtml.Visible(rejected.Text), plain.Text);
        Assert.DoesNotContain("<b>", plain.Text, StringComparison.Ordinal);
        Assert.Equal(rejected.Buttons, plain.Buttons);
        Assert.Single(api.Sent(Chat));
    }

    [Fact]
    public async Task EditedMessage_UserTextWithMarkup_ArrivesEscapedAndTelegramAcceptsIt()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);
        const string text = "老板欠薪<b>三个月</b><script>alert(1)</script> & 不给钱";

        api.SendText(Chat, text);
        api.SendText(Chat, text, edited: true);
        var edited = await api.WaitForSentAsync(Chat, 2);

        Assert.Contains("&lt;b&gt;三个月&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 不给钱", edited.Text, StringComparison.Ordinal);
        Assert.Contains(text, TelegramHtml.Visible(edited.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", edited.Text, StringComparison.Ordinal);
        Assert.All(api.Of("sendMessage"), c => Assert.Equal(200, c.Status));
        Assert.All(api.Sent(Chat), c => Assert.Equal("HTML", c.ParseMode, ignoreCase: true));
    }

    [Fact]
    public async Task Send_9000CharacterAnswer_GoesOutInPartsSplitAtParagraphs()
    {
        await using var api = await FakeBotApi.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl));
        var sender = new BotSender(client, Options.Create(new TelegramOptions { BotToken = FakeBotApi.Token }), TimeProvider.System, NullLogger<BotSender>.Instance);
        // Paragraphs as a long guide renders them (an answer folds its overflow instead: see the folded-answer test).
        var html = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => Html.Bold($"第{i}部分：") + "\n" + Html.Escape($"第{i}部分 <要点> & " + new string('长', 280))));
        Assert.True(TelegramHtml.Visible(html).Length >= 9000, $"{TelegramHtml.Visible(html).Length} characters");

        await sender.SendAsync(Chat, html, Keyboards.ForAnswer(1, ["下一步怎么办？"], AnswerMode.Answer, SharedTexts.Texts.Buttons), replyTo: 77);

        var parts = api.Sent(Chat);
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.Equal(html, string.Join("\n\n", parts.Select(p => p.Text)));
        Assert.All(parts, p => Assert.StartsWith("<b>第", p.Text, StringComparison.Ordinal));
        Assert.Equal(77, parts[0].ReplyTo);
        Assert.Empty(parts[0].Buttons);
        Assert.NotEmpty(parts[^1].Buttons);
    }

    [Fact]
    public async Task Send_LongAnswerWithItsOverflowFolded_EveryPartIsAcceptedAsHtmlAndTheQuoteStaysBalanced()
    {
        await using var api = await FakeBotApi.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl));
        var sender = new BotSender(client, Options.Create(new TelegramOptions { BotToken = FakeBotApi.Token }), TimeProvider.System, NullLogger<BotSender>.Instance);
        var answer = new Answer
        {
            Text = "long",
            Mode = AnswerMode.Answer,
            Sections =
            [
                new AnswerSection(SectionKind.Conclusion, null, ["结论"]),
                new AnswerSection(SectionKind.Steps, "怎么办", Enumerable.Range(1, 40).Select(i => $"第{i}步 <要点> & " + new string('长', 200)).ToList()),
                new AnswerSection(SectionKind.Basis, "依据", ["《某条例》第一条：“原文 & 引文”"]),
                new AnswerSection(SectionKind.Disclaimer, null, ["提示"]),
            ],
        };
        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        await sender.SendAsync(Chat, html, Keyboards.ForAnswer(1, ["下一步怎么办？"], AnswerMode.Answer, SharedTexts.Texts.Buttons), replyTo: 77);

        var parts = api.Sent(Chat);
        Assert.True(parts.Count >= 2, $"{parts.Count} parts");
        Assert.All(api.Of("sendMessage"), c => Assert.Equal(200, c.Status));
        Assert.All(parts, p => Assert.Equal("HTML", p.ParseMode, ignoreCase: true));
        Assert.All(parts.Skip(1), p => Assert.StartsWith(AnswerHtml.FoldStart, p.Text, StringComparison.Ordinal));
        var visible = string.Concat(parts.Select(p => TelegramHtml.Visible(p.Text)));
        Assert.Contains("40. 第40步 <要点> & ", visible, StringComparison.Ordinal);
        Assert.Contains("原文 & 引文", visible, StringComparison.Ordinal);
        Assert.EndsWith("<i>提示</i>", parts[^1].Text, StringComparison.Ordinal);
    }
}
