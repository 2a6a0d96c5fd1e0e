using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>
/// A local Bot API server (ASP.NET Core minimal API on 127.0.0.1, free port) for the real TelegramBotClient: getUpdates
/// with Telegram's offset semantics (updates below the offset are confirmed and gone; empty polls answered within a
/// second), sendMessage (HTML validated like Telegram, 4096 limit), editMessageText, sendChatAction,
/// answerCallbackQuery, setMyCommands, setWebhook/deleteWebhook/getWebhookInfo (and posting queued updates to the
/// bot's webhook endpoint with the secret header), getMe. Records every call; injects 429/500/400 and delays;
/// can stall (hold every request unprocessed, as if the network died) for the kill-and-restart test.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-fake-token-abcdefghijklmn";
    private static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _queue = [];
    private readonly List<Fault> _faults = [];
    private readonly ConcurrentQueue<ApiCall> _calls = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 5000;
    private int _nextMessageId = 100;
    private volatile bool _stalled;
    private JsonObject? _webhook;

    private FakeBotApi(WebApplication app)
    {
        _app = app;
        BaseUrl = string.Empty;
    }

    public string BaseUrl { get; private set; }

    public IReadOnlyList<ApiCall> Calls => _calls.ToList();

    /// <summary>Successful sendMessage calls, optionally to one chat, in the order received.</summary>
    public IReadOnlyList<ApiCall> Sent(long? chatId = null) =>
        Calls.Where(c => c.Method == "sendMessage" && c.Ok && (chatId is null || c.ChatId == chatId)).ToList();

    public IReadOnlyList<ApiCall> Of(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>The first successful call of a method, or null.</summary>
    public ApiCall? FirstOk(string method) => Calls.FirstOrDefault(c => c.Method == method && c.Ok);

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeBotApi(app);
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return api;
    }

    // ----- updates

    public int NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    /// <summary>Queues an update (update_id assigned) and returns its id.</summary>
    public int Enqueue(JsonObject update)
    {
        TaskCompletionSource arrived;
        int id;
        lock (_gate)
        {
            id = ++_nextUpdateId;
            update["update_id"] = id;
            _queue.Add(update);
            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
        return id;
    }

    /// <summary>A text message from a citizen (private chat unless the chat id is negative); returns update and message id.</summary>
    public (int UpdateId, int MessageId) SendText(long chatId, string text, bool edited = false, long? fromUserId = null)
    {
        var messageId = NextMessageId();
        var message = Message(chatId, messageId);
        if (fromUserId is { } from)
        {
            message["from"] = User(from);
        }

        message["text"] = text;
        if (text.StartsWith('/'))
        {
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Split(' ')[0].Length });
        }

        if (edited)
        {
            message["edit_date"] = Now();
        }

        return (Enqueue(new JsonObject { [edited ? "edited_message" : "message"] = message }), messageId);
    }

    /// <summary>A message with non-text content, e.g. <c>("sticker", {...})</c>.</summary>
    public int SendContent(long chatId, string field, JsonNode content)
    {
        var message = Message(chatId, NextMessageId());
        message[field] = content;
        return Enqueue(new JsonObject { ["message"] = message });
    }

    /// <summary>A press of an inline button on a message the bot sent.</summary>
    public int Press(long chatId, int messageId, string data, DateTimeOffset? messageDate = null, long? fromUserId = null) =>
        Enqueue(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N"),
                ["from"] = User(fromUserId ?? chatId),
                ["chat_instance"] = "ci" + chatId,
                ["data"] = data,
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["date"] = (messageDate ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
                    ["chat"] = Chat(chatId),
                    ["from"] = new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "XinfangBot" },
                    ["text"] = "…",
                },
            },
        });

    /// <summary>Presses the button labelled <paramref name="label"/> on a message the bot sent.</summary>
    public int Press(ApiCall sent, string label, long? fromUserId = null)
    {
        var button = sent.Buttons.First(b => b.Text == label);
        return Press(sent.ChatId, MessageIdOf(sent), button.Data, fromUserId: fromUserId);
    }

    /// <summary>The bot was added to a group.</summary>
    public int AddedToGroup(long groupId) =>
        Enqueue(new JsonObject
        {
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = Chat(groupId),
                ["from"] = User(7),
                ["date"] = Now(),
                ["old_chat_member"] = new JsonObject { ["status"] = "left", ["user"] = new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "XinfangBot" } },
                ["new_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "XinfangBot" } },
            },
        });

    /// <summary>The message_id the fake gave a sendMessage it answered.</summary>
    public static int MessageIdOf(ApiCall sent) => sent.Body["__message_id"]!.GetValue<int>();

    // ----- webhook (Telegram posting updates to the bot instead of getUpdates)

    /// <summary>The parameters of the last setWebhook still in force (null after deleteWebhook or none).</summary>
    public JsonObject? Webhook
    {
        get
        {
            lock (_gate)
            {
                return _webhook?.DeepClone().AsObject();
            }
        }
    }

    /// <summary>
    /// Posts every queued update to <paramref name="endpoint"/> as Telegram does (JSON body, the secret_token of setWebhook
    /// in X-Telegram-Bot-Api-Secret-Token); an update answered 2xx is removed from the queue. Returns the statuses.
    /// The endpoint stands for the local address behind the public https URL (the reverse proxy's job).
    /// </summary>
    public async Task<IReadOnlyList<(int UpdateId, int Status)>> DeliverToWebhookAsync(string endpoint)
    {
        JsonObject[] queued;
        string? secret;
        lock (_gate)
        {
            queued = [.. _queue.Select(u => u.DeepClone().AsObject())];
            secret = _webhook?["secret_token"]?.GetValue<string>();
        }

        var statuses = new List<(int, int)>();
        foreach (var update in queued)
        {
            var id = update["update_id"]!.GetValue<int>();
            var status = await PostToWebhookAsync(endpoint, update.ToJsonString(), secret);
            statuses.Add((id, status));
            if (status is >= 200 and < 300)
            {
                lock (_gate)
                {
                    _queue.RemoveAll(u => u["update_id"]!.GetValue<int>() == id);
                }
            }
        }

        return statuses;
    }

    /// <summary>Posts a raw body to the bot's webhook endpoint with the given secret header (none when null).</summary>
    public static async Task<int> PostToWebhookAsync(string endpoint, string body, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>A queued update's JSON, as Telegram would post it (to post it again, as Telegram does when unsure).</summary>
    public string QueuedJson(int updateId)
    {
        lock (_gate)
        {
            return _queue.First(u => u["update_id"]!.GetValue<int>() == updateId).ToJsonString();
        }
    }

    // ----- faults

    public void Fail(string method, int status, string description, int? retryAfter = null, Func<JsonObject, bool>? when = null, int times = 1)
    {
        lock (_gate)
        {
            _faults.Add(new Fault { Method = method, Status = status, Description = description, RetryAfter = retryAfter, When = when, Times = times });
        }
    }

    public void Delay(string method, TimeSpan delay, Func<JsonObject, bool>? when = null, int times = 1)
    {
        lock (_gate)
        {
            _faults.Add(new Fault { Method = method, Delay = delay, When = when, Times = times });
        }
    }

    /// <summary>Removes every injected fault still pending (the outage is over).</summary>
    public void Heal()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>From now on every request is held unprocessed until its client goes away (the network died).</summary>
    public void Stall() => _stalled = true;

    public void Resume() => _stalled = false;

    // ----- waiting

    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}. Calls: {string.Join(", ", Calls.Select(c => c.Method + ":" + c.Status))}");
            }

            await Task.Delay(20);
        }
    }

    public Task<ApiCall> WaitForSentAsync(long chatId, int count, TimeSpan? timeout = null) =>
        WaitForAsync(() => Sent(chatId).Skip(count - 1).FirstOrDefault(), timeout, $"{count} message(s) to chat {chatId}");

    public async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan? timeout, string what)
        where T : class
    {
        T? found = null;
        await WaitUntilAsync(_ => (found = probe()) is not null, timeout ?? TimeSpan.FromSeconds(10), what);
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // ----- server

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var aborted = context.RequestAborted;
        if (token != Token)
        {
            await WriteAsync(context, 401, Error(401, "Unauthorized"));
            return;
        }

        var body = context.Request.ContentLength is > 0 || context.Request.ContentType is not null
            ? (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: aborted))?.AsObject() ?? []
            : [];
        if (_stalled)
        {
            await HoldAsync(aborted);
            return;
        }

        var fault = TakeFault(method, body);
        if (fault is { Delay.Ticks: > 0 })
        {
            try
            {
                await Task.Delay(fault.Delay, aborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_stalled)
            {
                await HoldAsync(aborted);
                return;
            }
        }

        if (fault is { Status: > 0 })
        {
            Record(method, body, fault.Status);
            var error = Error(fault.Status, fault.Description);
            if (fault.RetryAfter is { } seconds)
            {
                error["parameters"] = new JsonObject { ["retry_after"] = seconds };
            }

            await WriteAsync(context, fault.Status, error);
            return;
        }

        JsonNode result;
        switch (method)
        {
            case "getUpdates":
                result = await UpdatesAsync(body, aborted);
                if (aborted.IsCancellationRequested)
                {
                    return;
                }

                break;
            case "sendMessage" or "editMessageText":
                var text = body["text"]?.GetValue<string>() ?? string.Empty;
                var html = string.Equals(body["parse_mode"]?.GetValue<string>(), "html", StringComparison.OrdinalIgnoreCase);
                var problem = html ? TelegramHtml.Validate(text) : null;
                var visible = html && problem is null ? TelegramHtml.Visible(text) : text;
                problem ??= visible.Length > 4096 ? "Bad Request: message is too long" : null;
                problem ??= visible.Trim().Length == 0 ? "Bad Request: message text is empty" : null;
                if (problem is not null)
                {
                    Record(method, body, 400);
                    await WriteAsync(context, 400, Error(400, problem));
                    return;
                }

                var chatId = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
                var messageId = method == "sendMessage" ? NextMessageId() : body["message_id"]!.GetValue<int>();
                body["__message_id"] = messageId;
                result = new JsonObject { ["message_id"] = messageId, ["date"] = Now(), ["chat"] = Chat(chatId), ["text"] = visible };
                break;
            case "getMe":
                result = new JsonObject { ["id"] = 42, ["is_bot"] = true, ["first_name"] = "XinfangBot", ["username"] = "xinfang_test_bot" };
                break;
            case "sendChatAction" or "answerCallbackQuery" or "setMyCommands" or "editMessageReplyMarkup":
                result = true;
                break;
            case "setWebhook":
                lock (_gate)
                {
                    _webhook = body.DeepClone().AsObject();
                }

                result = true;
                break;
            case "deleteWebhook":
                lock (_gate)
                {
                    _webhook = null;
                }

                result = true;
                break;
            case "getWebhookInfo":
                lock (_gate)
                {
                    result = new JsonObject
                    {
                        ["url"] = _webhook?["url"]?.GetValue<string>() ?? string.Empty,
                        ["has_custom_certificate"] = false,
                        ["pending_update_count"] = _queue.Count,
                    };
                }

                break;
            default:
                Record(method, body, 404);
                await WriteAsync(context, 404, Error(404, "Not Found: method not found"));
                return;
        }

        Record(method, body, 200);
        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    private async Task<JsonNode> UpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        var deadline = DateTimeOffset.UtcNow + (timeout < MaxLongPoll ? timeout : MaxLongPoll);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                // Telegram: calling getUpdates with an offset confirms (forgets) every update below it.
                _queue.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                var ready = _queue.Take(limit).Select(u => u.DeepClone()).ToArray();
                if (ready.Length > 0 || DateTimeOffset.UtcNow >= deadline)
                {
                    return new JsonArray(ready);
                }

                arrived = _arrived.Task;
            }

            var wait = deadline - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await arrived.WaitAsync(wait, aborted);
                }
                catch (TimeoutException)
                {
                }
                catch (OperationCanceledException)
                {
                    return new JsonArray();
                }
            }
        }
    }

    private Fault? TakeFault(string method, JsonObject body)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.Method == method && (f.When is null || f.When(body)));
            if (fault is not null && --fault.Times <= 0)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }

    private static async Task HoldAsync(CancellationToken aborted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, aborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Record(string method, JsonObject body, int status) => _calls.Enqueue(new ApiCall(method, body, DateTimeOffset.UtcNow, status));

    private static async Task WriteAsync(HttpContext context, int status, JsonObject payload)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        try
        {
            await context.Response.WriteAsync(payload.ToJsonString(), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static JsonObject Error(int code, string description) =>
        new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private static JsonObject Message(long chatId, int messageId) => new()
    {
        ["message_id"] = messageId,
        ["date"] = Now(),
        ["chat"] = Chat(chatId),
        ["from"] = User(chatId > 0 ? chatId : 7),
    };

    private static JsonObject Chat(long chatId) => chatId > 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "市民" }
        : new JsonObject { ["id"] = chatId, ["type"] = "group", ["title"] = "业主群" };

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "市民" };

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
