using System.ComponentModel.DataAnnotations;

namespace XinfangBot.Telegram;

/// <summary>Telegram channel settings (section <c>Telegram</c>); the token is a secret (env <c>Telegram__BotToken</c>).</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    /// <summary>The bot token from BotFather, <c>123456:ABC…</c>. Never put it in appsettings.json.</summary>
    public string? BotToken { get; set; }

    /// <summary>A self-hosted Bot API server, e.g. <c>http://127.0.0.1:8081</c>; empty for api.telegram.org.</summary>
    public string? BaseUrl { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Chat where escalations are announced (0: none).</summary>
    public long AdminChatId { get; set; }

    [Range(1, 256)]
    public int MaxConcurrentChats { get; set; } = 8;

    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 256;

    /// <summary>Answer in groups too (by default only private chats; a group is told once).</summary>
    public bool AnswerInGroups { get; set; }

    /// <summary>Long-poll duration of getUpdates in seconds (0: short polling).</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>On shutdown, how long in-flight updates may take to finish; unfinished ones are redelivered after restart.</summary>
    [Range(0, 300)]
    public int ShutdownGraceSeconds { get; set; } = 10;

    /// <summary>Attempts per Bot API call on 429, 5xx or network errors before the update is retried as a whole.</summary>
    [Range(1, 20)]
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>
    /// At start, how long polling waits for the knowledge to be loaded (Telegram keeps the updates meanwhile); a start that
    /// takes longer polls anyway and tells each chat that writes to wait a moment (prompts: <c>preparing</c>).
    /// </summary>
    [Range(0, 600)]
    public int ReadyWaitSeconds { get; set; } = 20;

    /// <summary>"Typing…" is shown only when an answer is not ready within this many milliseconds (e.g. an LLM phrases it).</summary>
    [Range(0, 60_000)]
    public int TypingAfterMilliseconds { get; set; } = 300;

    /// <summary><c>polling</c> (default: getUpdates) or <c>webhook</c> (Telegram posts updates to <see cref="WebhookUrl"/>).</summary>
    public string Mode { get; set; } = "polling";

    /// <summary>Webhook mode: the public https URL Telegram posts to (a TLS reverse proxy in front of <see cref="WebhookListen"/>).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: Telegram's secret_token, sent back in every request's X-Telegram-Bot-Api-Secret-Token header. A secret.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: where this process listens for Telegram's requests (loopback behind the proxy).</summary>
    public string WebhookListen { get; set; } = "http://127.0.0.1:5081";

    /// <summary>Webhook mode: the path of the endpoint on <see cref="WebhookListen"/>.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    public bool IsConfigured => Enabled && !string.IsNullOrWhiteSpace(BotToken);

    public bool IsWebhook => string.Equals(Mode, "webhook", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BotToken) && !System.Text.RegularExpressions.Regex.IsMatch(BotToken, @"^\d{3,}:[A-Za-z0-9_-]{20,}$"))
        {
            yield return new ValidationResult("Telegram:BotToken is malformed: expected '<digits>:<token>' as issued by BotFather (env Telegram__BotToken).", [nameof(BotToken)]);
        }

        if (!string.IsNullOrWhiteSpace(BaseUrl) && !Uri.TryCreate(BaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Telegram:BaseUrl must be an absolute URL such as http://127.0.0.1:8081.", [nameof(BaseUrl)]);
        }

        if (!string.Equals(Mode, "polling", StringComparison.OrdinalIgnoreCase) && !IsWebhook)
        {
            yield return new ValidationResult("Telegram:Mode must be 'polling' or 'webhook'.", [nameof(Mode)]);
        }

        if (IsWebhook)
        {
            foreach (var problem in WebhookProblems())
            {
                yield return problem;
            }
        }
    }

    private IEnumerable<ValidationResult> WebhookProblems()
    {
        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Telegram:WebhookUrl is required in webhook mode: the public https URL Telegram posts updates to, e.g. https://bot.example.gov.cn/telegram/webhook.", [nameof(WebhookUrl)]);
        }

        // Never echo the value: it is a secret.
        if (WebhookSecret is null || !System.Text.RegularExpressions.Regex.IsMatch(WebhookSecret, "^[A-Za-z0-9_-]{1,256}$"))
        {
            yield return new ValidationResult("Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and - (env Telegram__WebhookSecret; e.g. openssl rand -hex 32).", [nameof(WebhookSecret)]);
        }

        if (!Uri.TryCreate(WebhookListen, UriKind.Absolute, out var listen) || listen.Scheme is not ("http" or "https") || listen.AbsolutePath != "/")
        {
            yield return new ValidationResult("Telegram:WebhookListen must be an http(s) address without a path, such as http://127.0.0.1:5081.", [nameof(WebhookListen)]);
        }

        if (string.IsNullOrWhiteSpace(WebhookPath) || !WebhookPath.StartsWith('/') || !Uri.IsWellFormedUriString(WebhookPath, UriKind.Relative))
        {
            yield return new ValidationResult("Telegram:WebhookPath must be a path starting with '/', such as /telegram/webhook.", [nameof(WebhookPath)]);
        }
    }
}
