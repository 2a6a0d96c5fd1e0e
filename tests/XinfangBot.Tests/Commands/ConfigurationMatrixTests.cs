using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>
/// Every bad value of every configuration key, given to the built program: it exits 3 with a message naming the key
/// and no stack trace. Bad arguments of every verb exit 2 naming the argument.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConfigurationMatrixTests
{
    private static readonly string Work = HostProcess.TempDir();

    private static string ExistingFolder => Directory.CreateDirectory(Path.Combine(Work, "a-folder")).FullName;

    private static string ExistingFile
    {
        get
        {
            var path = Path.Combine(Work, "a-file");
            File.WriteAllText(path, "x");
            return path;
        }
    }

    /// <summary>(key, bad value).</summary>
    public static TheoryData<string, string> BadValues() => new()
    {
        { "Storage:DatabasePath", "" },
        { "Storage:DatabasePath", ExistingFolder },
        { "Storage:DatabasePath", "/proc/xinfangbot/bot.db" },
        { "Storage:DatabasePath", ExistingFile + "/bot.db" },
        { "Storage:Connection", "sharde" },
        { "Storage:RetentionDays", "abc" },
        { "Storage:RetentionDays", "-1" },
        { "Storage:RetentionDays", "99999999999" },
        { "Storage:IndexPath", ExistingFile },
        { "Knowledge:Path", "" },
        { "Knowledge:Path", "/no/such/knowledge" },
        { "Knowledge:PromptsPath", "" },
        { "Knowledge:PromptsPath", "/no/such/prompts" },
        { "Knowledge:ImportOnStart", "maybe" },
        { "Telegram:BotToken", "abc" },
        { "Telegram:BotToken", "123:short" },
        { "Telegram:BaseUrl", "not a url" },
        { "Telegram:Enabled", "maybe" },
        { "Telegram:AdminChatId", "abc" },
        { "Telegram:AdminChatId", "1.5" },
        { "Telegram:MaxConcurrentChats", "0" },
        { "Telegram:MaxConcurrentChats", "abc" },
        { "Telegram:QueueCapacity", "0" },
        { "Telegram:AnswerInGroups", "maybe" },
        { "Telegram:PollTimeoutSeconds", "99" },
        { "Telegram:ShutdownGraceSeconds", "-1" },
        { "Telegram:MaxSendAttempts", "0" },
        { "Telegram:Mode", "hook" },
        { "Llm:Endpoint", "ftp://example.com/v1" },
        { "Llm:Endpoint", "not a url" },
        { "Llm:TimeoutSeconds", "0" },
        { "Llm:TimeoutSeconds", "abc" },
        { "Llm:MaxTokens", "1" },
        { "Llm:UnderstandTimeoutSeconds", "0" },
        { "Llm:UnderstandTimeoutSeconds", "abc" },
        { "Llm:UnderstandBelowConfidence", "1.5" },
        { "Llm:UnderstandBelowConfidence", "-0.1" },
        { "Llm:UnderstandBelowConfidence", "abc" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Ask_BadConfigurationValue_ExitsThreeNamingTheKey(string key, string value)
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "ask", "你好", "--" + key, value);

        Assert.True(result.ExitCode == 3, $"{key}={value}: exit {result.ExitCode}\n{result.StdErr}");
        Assert.Contains(key, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    /// <summary>Webhook mode's keys (key, bad value; null: the key left out).</summary>
    public static TheoryData<string, string?> BadWebhookValues() => new()
    {
        { "Telegram:WebhookUrl", null },
        { "Telegram:WebhookUrl", "http://bot.example.test/telegram/webhook" },
        { "Telegram:WebhookUrl", "not a url" },
        { "Telegram:WebhookSecret", null },
        { "Telegram:WebhookSecret", "has spaces in it" },
        { "Telegram:WebhookSecret", new string('a', 257) },
        { "Telegram:WebhookListen", "127.0.0.1:5081" },
        { "Telegram:WebhookPath", "telegram/webhook" },
    };

    [Theory]
    [MemberData(nameof(BadWebhookValues))]
    public async Task Ask_WebhookModeBadValue_ExitsThreeNamingTheKey(string key, string? value)
    {
        var settings = new Dictionary<string, string>
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram:WebhookSecret"] = "good_secret-0123456789",
        };
        settings.Remove(key);
        if (value is not null)
        {
            settings[key] = value;
        }

        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, ["ask", "你好", .. settings.SelectMany(s => new[] { "--" + s.Key, s.Value })]);

        Assert.True(result.ExitCode == 3, $"{key}={value}: exit {result.ExitCode}\n{result.StdErr}");
        Assert.Contains(key, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("good_secret-0123456789", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_LlmEndpointWithoutModel_ExitsThreeNamingLlmModel()
    {
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, "ask", "你好", "--Llm:Endpoint", "http://127.0.0.1:9/v1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Llm:Model", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TelegramRejectsTheToken_ExitsThreeNamingTheKey()
    {
        var calls = new ConcurrentQueue<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Run(context =>
        {
            calls.Enqueue(context.Request.Path);
            context.Response.StatusCode = 401;
            return context.Response.WriteAsJsonAsync(new { ok = false, error_code = 401, description = "Unauthorized" });
        });
        await app.StartAsync();
        var url = app.Urls.First();

        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, "run", "--Telegram:BotToken", "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "--Telegram:BaseUrl", url);

        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}\n{result.StdErr}");
        Assert.Contains("Telegram:BotToken", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAA", result.StdErr, StringComparison.Ordinal);
        Assert.NotEmpty(calls);
    }

    [Theory]
    [InlineData("frobnicate", "unknown verb 'frobnicate'")]
    [InlineData("bench --iterations 0", "'--iterations'")]
    [InlineData("bench --iterations abc", "'--iterations'")]
    [InlineData("bench --set missing.jsonl", "'--set'")]
    [InlineData("bench --fast", "'--fast'")]
    [InlineData("ask", "missing argument")]
    [InlineData("ask hi --jsn", "'--jsn'")]
    [InlineData("answer", "--jsonl")]
    [InlineData("answer --jsonl --in", "'--in' needs a value")]
    [InlineData("answer --jsonl --in missing.jsonl", "'--in'")]
    [InlineData("eval", "missing argument")]
    [InlineData("eval missing.jsonl", "'missing.jsonl'")]
    [InlineData("eval set.jsonl --min-citation-hit 2", "'--min-citation-hit'")]
    [InlineData("kb", "kb needs a sub-command")]
    [InlineData("kb frob", "unknown kb sub-command 'frob'")]
    [InlineData("kb show", "missing argument")]
    [InlineData("kb list --kind rumour", "'--kind'")]
    [InlineData("kb status x", "needs 2 arguments")]
    [InlineData("kb validate /no/such/folder", "'/no/such/folder'")]
    [InlineData("chat extra", "unexpected argument 'extra'")]
    [InlineData("run --verbose", "'--verbose'")]
    public async Task Verb_BadArguments_ExitsTwoNamingTheArgument(string commandLine, string named)
    {
        var dir = HostProcess.TempDir();
        File.WriteAllText(Path.Combine(dir, "set.jsonl"), string.Empty);
        var result = await HostProcess.RunAsync(dir, null, commandLine.Split(' '));

        Assert.True(result.ExitCode == 2, $"{commandLine}: exit {result.ExitCode}\n{result.StdErr}");
        Assert.Contains(named, result.StdErr, StringComparison.Ordinal);
        Assert.Contains("用法", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }
}
