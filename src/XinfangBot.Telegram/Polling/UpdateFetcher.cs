using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace XinfangBot.Telegram.Polling;

/// <summary>
/// getUpdates that one bad update cannot block: the client library reads a batch as a whole, so when it cannot read a
/// batch the same batch is fetched raw and read update by update. An update that still cannot be read is returned as
/// unreadable (its id and size only) so the worker records it and moves past it.
/// </summary>
internal sealed class UpdateFetcher(ITelegramBotClient client, IOptions<TelegramOptions> options, IHttpClientFactory http)
{

    public async Task<(Update[] Updates, (int Id, int Length, string Error)[] Unreadable)> GetUpdatesAsync(int offset, int limit, int timeout, UpdateType[] allowed, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.GetUpdates(offset, limit, timeout, allowed, cancellationToken), []);
        }
        catch (Exception ex) when (ex is JsonException || ex.InnerException is JsonException)
        {
            return await GetOneByOneAsync(offset, limit, allowed, cancellationToken);
        }
    }

    private async Task<(Update[] Updates, (int Id, int Length, string Error)[] Unreadable)> GetOneByOneAsync(int offset, int limit, UpdateType[] allowed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var baseUrl = string.IsNullOrWhiteSpace(settings.BaseUrl) ? "https://api.telegram.org" : settings.BaseUrl.TrimEnd('/');
        var body = new JsonObject
        {
            ["offset"] = offset,
            ["limit"] = limit,
            ["timeout"] = 0,
            ["allowed_updates"] = new JsonArray([.. allowed.Select(a => (JsonNode)JsonNamingPolicy.SnakeCaseLower.ConvertName(a.ToString()))]),
        };
        using var direct = http.CreateClient(Sending.TelegramClientFactory.HttpClientName);
        using var response = await direct.PostAsJsonAsync(new Uri($"{baseUrl}/bot{settings.BotToken}/getUpdates"), body, cancellationToken);
        var reply = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? [];
        if (reply["ok"]?.GetValue<bool>() != true || reply["result"] is not JsonArray result)
        {
            throw new ApiRequestException(reply["description"]?.GetValue<string>() ?? "getUpdates failed", reply["error_code"]?.GetValue<int>() ?? (int)response.StatusCode);
        }

        var updates = new List<Update>();
        var unreadable = new List<(int, int, string)>();
        foreach (var node in result)
        {
            var raw = node?.ToJsonString() ?? string.Empty;
            try
            {
                updates.Add(node.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update"));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                var id = node?["update_id"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : -1;
                unreadable.Add((id, raw.Length, ex.GetType().Name));
            }
        }

        return ([.. updates], [.. unreadable]);
    }
}
