using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using XinfangBot.Core.Delivery;
using XinfangBot.Core.Health;
using XinfangBot.Telegram.Polling;

namespace XinfangBot.Telegram.Webhook;

/// <summary>
/// POST Telegram:WebhookPath in webhook mode. The secret token header is compared in constant time (missing: 401,
/// wrong: 403); the body must be one JSON update (otherwise 400, logged with its size and the error type, never its
/// content). A new update is recorded in the database inbox before the 200 (so a crash after answering Telegram loses
/// nothing), then handed to its chat's lane; an update already recorded or handled (Telegram delivers again when it
/// did not see our answer) gets 200 and nothing else. When Telegram:QueueCapacity updates are in flight: 503, and
/// Telegram delivers it later. An update the client library cannot read is recorded (id, size, error) and skipped.
/// </summary>
internal sealed partial class WebhookReceiver(DeliveryStore store, UpdateLedger ledger, IOptions<TelegramOptions> options, ChannelHeartbeat heartbeat, ILogger<WebhookReceiver> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram's updates are a few kilobytes; anything near this is not one (413).</summary>
    public const int MaxBodyBytes = 1 << 20;

    private readonly byte[] _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? string.Empty));
    private volatile Attachment? _attachment;

    /// <summary>From now on new updates go to <paramref name="enqueue"/>, at most as many in flight as <paramref name="capacity"/> allows.</summary>
    public void Attach(SemaphoreSlim capacity, Action<Update> enqueue) => _attachment = new Attachment(capacity, enqueue);

    /// <summary>Shutting down: new requests get 503 (Telegram delivers them again later).</summary>
    public void Detach() => _attachment = null;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        if (!context.Request.Headers.TryGetValue(SecretHeader, out var given) || given.Count != 1 || string.IsNullOrEmpty(given[0]))
        {
            LogRefused(logger, "no secret token", context.Connection.RemoteIpAddress?.ToString());
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!SecretMatches(given[0]!))
        {
            LogRefused(logger, "wrong secret token", context.Connection.RemoteIpAddress?.ToString());
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var attachment = _attachment;
        if (attachment is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            LogMalformed(logger, context.Request.ContentLength ?? -1, "too large");
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!TryParse(body, out var node, out var id, out var error))
        {
            LogMalformed(logger, body.Length, error);
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        heartbeat.Beat(UpdateLedger.Channel);
        Update? update;
        try
        {
            update = node.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            // As in polling: recorded (never its content) and passed over, so it is not delivered again and again.
            if (!ledger.IsDone(id))
            {
                LogUnreadable(logger, id, body.Length, ex.GetType().Name);
                ledger.RecordUnreadable(id, body.Length, ex.GetType().Name);
            }

            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (!attachment.Capacity.Wait(0, CancellationToken.None))
        {
            LogBusy(logger, id);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "5";
            return;
        }

        bool fresh;
        try
        {
            fresh = store.Receive(UpdateLedger.Channel, id, Encoding.UTF8.GetString(body));
        }
        catch
        {
            attachment.Capacity.Release();
            throw;
        }

        if (!fresh)
        {
            attachment.Capacity.Release();
            LogDuplicate(logger, id);
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        attachment.Enqueue(update);
        response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>Compares SHA-256 digests in constant time, so neither the content nor the length of the secret leaks by timing.</summary>
    public bool SecretMatches(string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _secretHash);

    /// <summary>One JSON object with an integer update_id; the error is a type or reason, never a piece of the body.</summary>
    public static bool TryParse(byte[] body, out JsonNode node, out int updateId, out string error)
    {
        ArgumentNullException.ThrowIfNull(body);
        node = new JsonObject();
        updateId = 0;
        try
        {
            if (JsonNode.Parse(body) is not JsonObject parsed)
            {
                error = "not a JSON object";
                return false;
            }

            node = parsed;
        }
        catch (JsonException ex)
        {
            error = ex.GetType().Name;
            return false;
        }

        if (node["update_id"] is not JsonValue value || !value.TryGetValue<int>(out updateId) || updateId < 0)
        {
            error = "no update_id";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed record Attachment(SemaphoreSlim Capacity, Action<Update> Enqueue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request refused: {Reason} (from {Remote})")]
    private static partial void LogRefused(ILogger logger, string reason, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook body refused: malformed ({Length} bytes, {Error})")]
    private static partial void LogMalformed(ILogger logger, long length, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {Update} could not be read ({Length} bytes, {Error}); recorded and skipped")]
    private static partial void LogUnreadable(ILogger logger, int update, int length, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {Update} delivered again by Telegram; already recorded, answered 200 only")]
    private static partial void LogDuplicate(ILogger logger, int update);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {Update}: Telegram:QueueCapacity updates in flight; answered 503 so Telegram delivers it later")]
    private static partial void LogBusy(ILogger logger, int update);
}
