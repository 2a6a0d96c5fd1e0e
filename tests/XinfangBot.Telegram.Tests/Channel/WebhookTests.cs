using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Delivery;
using XinfangBot.Telegram.Polling;
using XinfangBot.Telegram.Tests.Support;
using XinfangBot.Telegram.Webhook;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>
/// Webhook mode end to end: the real program's channel (real Telegram.Bot client) sets its webhook on the fake Bot API,
/// and updates are posted to the real Kestrel endpoint with Telegram's secret header.
/// </summary>
public sealed class WebhookTests
{
    private const string Secret = "s3cret_Token-for-tests_0123456789";
    private const string PublicUrl = "https://bot.example.test/telegram/webhook";
    private const long Chat = 8101;

    private static Dictionary<string, string?> WebhookSettings() => new()
    {
        ["Telegram:Mode"] = "webhook",
        ["Telegram:WebhookUrl"] = PublicUrl,
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListen"] = "http://127.0.0.1:0",
    };

    /// <summary>The endpoint's local address, once it listens and Telegram (the fake) has its secret from setWebhook.</summary>
    private static async Task<string> EndpointAsync(BotHost bot, FakeBotApi api)
    {
        var address = await bot.Host.Services.GetRequiredService<WebhookWorker>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        await api.WaitForAsync(() => api.FirstOk("setWebhook"), TimeSpan.FromSeconds(30), "setWebhook");
        return address.TrimEnd('/') + "/telegram/webhook";
    }

    [Fact]
    public async Task Start_WebhookMode_SetsWebhookWithSecretAndAllowedUpdatesAndNeverPolls()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WebhookSettings());
        await EndpointAsync(bot, api);

        var call = await api.WaitForAsync(() => api.FirstOk("setWebhook"), null, "setWebhook");

        Assert.Equal(PublicUrl, call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member"], call.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.NotEqual(true, call.Body["drop_pending_updates"]?.GetValue<bool>());
        Assert.Empty(api.Of("getUpdates"));
        Assert.Empty(api.Of("deleteWebhook"));
    }

    [Fact]
    public async Task Post_TextQuestion_AnsweredOnItsChatAndLedgered()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WebhookSettings());
        var endpoint = await EndpointAsync(bot, api);
        var (updateId, _) = api.SendText(Chat, "工地老板拖欠工资三个月怎么办？");

        var statuses = await api.DeliverToWebhookAsync(endpoint);

        Assert.Equal([(updateId, 200)], statuses);
        var reply = await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(30));
        Assert.Contains("劳动", TelegramHtml.Visible(reply.Text), StringComparison.Ordinal);
        var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
        await api.WaitUntilAsync(_ => store.IsHandled("telegram", updateId), TimeSpan.FromSeconds(10), "the update in the ledger");
        Assert.Equal(0, store.ReceivedCount("telegram"));
    }

    [Fact]
    public async Task Post_QuestionWithAMobileNumber_DatabaseFilesHoldItMaskedOnly()
    {
        await using var api = await FakeBotApi.StartAsync();
        var path = BotHost.NewDatabasePath();
        try
        {
            await using (var bot = await BotHost.StartAsync(api, WebhookSettings(), path))
            {
                var endpoint = await EndpointAsync(bot, api);
                api.SendText(Chat, "我的手机13912345678，工地老板拖欠工资怎么办？");
                Assert.All(await api.DeliverToWebhookAsync(endpoint), s => Assert.Equal(200, s.Status));
                await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(30));
                var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
                await api.WaitUntilAsync(_ => store.ReceivedCount("telegram") == 0, TimeSpan.FromSeconds(10), "the inbox to empty");
            }

            // The inbox held the update as Telegram sent it until it was answered; nothing of it may stay in the files.
            var files = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "*");
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.True(bytes.AsSpan().IndexOf("13912345678"u8) < 0, $"{Path.GetFileName(file)} holds the unmasked number");
            }
        }
        finally
        {
            BotHost.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task Post_MissingOrWrongSecret_RefusedAndNothingRecordedOrLogged()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WebhookSettings());
        var endpoint = await EndpointAsync(bot, api);
        const string text = "我的手机13812345678，老板欠薪";
        var (updateId, _) = api.SendText(Chat, text);
        var body = api.QueuedJson(updateId);

        var missing = await FakeBotApi.PostToWebhookAsync(endpoint, body, secret: null);
        var wrong = await FakeBotApi.PostToWebhookAsync(endpoint, body, Secret + "x");
        var shorter = await FakeBotApi.PostToWebhookAsync(endpoint, body, Secret[..^1]);
        var empty = await FakeBotApi.PostToWebhookAsync(endpoint, body, string.Empty);

        Assert.Equal(401, missing);
        Assert.Equal(403, wrong);
        Assert.Equal(403, shorter);
        Assert.Equal(401, empty);
        await Task.Delay(300);
        var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
        Assert.False(store.IsHandled("telegram", updateId));
        Assert.Equal(0, store.ReceivedCount("telegram"));
        Assert.Empty(api.Sent(Chat));
        Assert.Equal(4, bot.Logs.Lines.Count(l => l.Message.StartsWith("Webhook request refused", StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.Contains("13812345678", StringComparison.Ordinal) || l.Message.Contains("欠薪", StringComparison.Ordinal) || l.Message.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SameUpdateDeliveredAgain_AnsweredOnce()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WebhookSettings());
        var endpoint = await EndpointAsync(bot, api);
        var (updateId, _) = api.SendText(Chat, "对信访处理意见不服怎么办？");
        var body = api.QueuedJson(updateId);

        // Telegram re-delivers when it did not see an answer: at once (while in flight), together, and after the reply.
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FakeBotApi.PostToWebhookAsync(endpoint, body, Secret)));
        await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(30));
        var after = await FakeBotApi.PostToWebhookAsync(endpoint, body, Secret);
        await Task.Delay(500);

        Assert.All(together, s => Assert.Equal(200, s));
        Assert.Equal(200, after);
        Assert.Single(api.Sent(Chat));
    }

    [Fact]
    public async Task Post_MalformedBody_400AndLoggedWithoutItsText()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WebhookSettings());
        var endpoint = await EndpointAsync(bot, api);
        string[] bodies =
        [
            "我要举报 13812345678 不是JSON",
            """{"message":{"text":"没有编号的更新 13812345678"}}""",
            """{"update_id":"七","message":{"text":"编号不是数字 13812345678"}}""",
            """["update_id", 5]""",
            """{"update_id":5,"message":{"text":"截断的 13812345678""",
        ];

        foreach (var body in bodies)
        {
            Assert.Equal(400, await FakeBotApi.PostToWebhookAsync(endpoint, body, Secret));
        }

        var malformed = bot.Logs.Lines.Where(l => l.Message.StartsWith("Webhook body refused: malformed", StringComparison.Ordinal)).ToList();
        Assert.Equal(bodies.Length, malformed.Count);
        Assert.All(malformed, l => Assert.Equal(LogLevel.Warning, l.Level));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.Contains("13812345678", StringComparison.Ordinal) || l.Message.Contains("举报", StringComparison.Ordinal) || l.Message.Contains("编号", StringComparison.Ordinal));
        Assert.Equal(0, bot.Host.Services.GetRequiredService<DeliveryStore>().ReceivedCount("telegram"));
    }

    [Fact]
    public async Task Post_NonTextAndUnreadableUpdates_RequestForTextAndRecordedSkip()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, WebhookSettings());
        var endpoint = await EndpointAsync(bot, api);
        api.SendContent(Chat, "sticker", JsonNode.Parse("""{"file_id":"s1","file_unique_id":"u1","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false}""")!);
        var bad = api.Enqueue(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "not-a-number", ["date"] = "yesterday", ["chat"] = 7 } });
        var (last, _) = api.SendText(Chat + 1, "你好");

        var statuses = await api.DeliverToWebhookAsync(endpoint);

        Assert.All(statuses, s => Assert.Equal(200, s.Status));
        var reply = await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(30));
        Assert.Equal(SharedTexts.Texts.NonText, TelegramHtml.Visible(reply.Text));
        await api.WaitForSentAsync(Chat + 1, 1, TimeSpan.FromSeconds(30));
        var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
        Assert.Equal(1, store.UnreadableCount("telegram"));
        Assert.True(store.IsHandled("telegram", bad));
        await api.WaitUntilAsync(_ => store.IsHandled("telegram", last), TimeSpan.FromSeconds(10), "the last update handled");
    }

    [Fact]
    public async Task Start_UpdateRecordedBeforeACrash_HandledAfterTheRestart()
    {
        await using var api = await FakeBotApi.StartAsync();
        var path = BotHost.NewDatabasePath();
        try
        {
            var (updateId, _) = api.SendText(Chat, "你好");

            // What the endpoint had recorded (and answered 200 for) when the process died before handling it.
            using (var crashed = BotHost.Build(api, WebhookSettings(), path, out _, out _))
            {
                Assert.True(crashed.Services.GetRequiredService<DeliveryStore>().Receive("telegram", updateId, api.QueuedJson(updateId)));
            }

            await using var bot = await BotHost.StartAsync(api, WebhookSettings(), path);

            await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(15));
            var store = bot.Host.Services.GetRequiredService<DeliveryStore>();
            await api.WaitUntilAsync(_ => store.ReceivedCount("telegram") == 0, TimeSpan.FromSeconds(10), "the inbox to empty");
            Assert.True(store.IsHandled("telegram", updateId));
        }
        finally
        {
            BotHost.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task Start_PollingMode_DeletesAnyWebhookKeepingPendingUpdates()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api);

        var delete = await api.WaitForAsync(() => api.FirstOk("deleteWebhook"), null, "deleteWebhook");

        Assert.NotEqual(true, delete.Body["drop_pending_updates"]?.GetValue<bool>());
        await api.WaitUntilAsync(a => a.Of("getUpdates").Count > 0, TimeSpan.FromSeconds(10), "polling");
        Assert.Null(api.Webhook);
    }

    [Theory]
    [InlineData(null, "Telegram:WebhookSecret")]
    [InlineData("", "Telegram:WebhookSecret")]
    [InlineData("has space", "Telegram:WebhookSecret")]
    [InlineData("秘密", "Telegram:WebhookSecret")]
    public void Validate_WebhookModeBadSecret_NamesTheKeyNeverTheValue(string? secret, string key)
    {
        var options = new TelegramOptions { BotToken = FakeBotApi.Token, Mode = "webhook", WebhookUrl = PublicUrl, WebhookSecret = secret };

        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        var problem = Assert.Single(problems);
        Assert.Contains(key, problem.ErrorMessage, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(secret))
        {
            Assert.DoesNotContain(secret, problem.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Mode", "hook", "Telegram:Mode")]
    [InlineData("WebhookUrl", "http://bot.example.test/hook", "Telegram:WebhookUrl")]
    [InlineData("WebhookUrl", "", "Telegram:WebhookUrl")]
    [InlineData("WebhookListen", "127.0.0.1:5081", "Telegram:WebhookListen")]
    [InlineData("WebhookListen", "http://127.0.0.1:5081/hook", "Telegram:WebhookListen")]
    [InlineData("WebhookPath", "telegram", "Telegram:WebhookPath")]
    public void Validate_WebhookModeBadValue_NamesTheKey(string property, string value, string key)
    {
        var options = new TelegramOptions { BotToken = FakeBotApi.Token, Mode = "webhook", WebhookUrl = PublicUrl, WebhookSecret = Secret };
        typeof(TelegramOptions).GetProperty(property)!.SetValue(options, value);

        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(problems, p => p.ErrorMessage!.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PollingModeWithoutWebhookKeys_Valid()
    {
        var options = new TelegramOptions { BotToken = FakeBotApi.Token };

        Assert.Empty(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    [Fact]
    public async Task Start_WebhookModeWithoutSecret_StopsStartUpNamingTheKey()
    {
        var settings = WebhookSettings();
        settings["Telegram:WebhookSecret"] = null;
        using var host = BotHost.Build(null, settings, BotHost.NewDatabasePath(), out _, out _);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretMatches_OnlyTheExactSecret()
    {
        var receiver = new WebhookReceiver(null!, null!, Options.Create(new TelegramOptions { WebhookSecret = Secret }), new Core.Health.ChannelHeartbeat(TimeProvider.System), Microsoft.Extensions.Logging.Abstractions.NullLogger<WebhookReceiver>.Instance);

        Assert.True(receiver.SecretMatches(Secret));
        Assert.False(receiver.SecretMatches(Secret.ToUpperInvariant()));
        Assert.False(receiver.SecretMatches(Secret + Secret));
        Assert.False(receiver.SecretMatches(string.Empty));
    }
}
