using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Storage;

namespace XinfangBot.Commands;

/// <summary>The CONTRACTS §4 input and output lines.</summary>
internal static class AnswerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static JsonObject ToJson(string? id, Answer answer, double latencyMs) => new()
    {
        ["id"] = id,
        ["reply"] = answer.Text,
        ["citations"] = new JsonArray(answer.Citations.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        ["channels"] = new JsonArray(answer.Channels.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        ["escalation"] = answer.Escalation?.Name(),
        ["out_of_scope"] = answer.OutOfScope,
        ["latency_ms"] = Math.Round(latencyMs, 2),
    };

    public static JsonObject Error(string? id, string message) => new() { ["id"] = id, ["error"] = message };

    /// <summary>Reads one input line; returns an error message instead of a question when the line is unusable.</summary>
    public static (string? Id, Question? Question, string? Error) ReadLine(string line)
    {
        JsonNode? node;
        try
        {
            // Duplicate keys are refused (which one counts would be a guess), as is nesting deeper than any real line.
            node = JsonNode.Parse(line, null, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return (null, null, $"not JSON: {ex.Message}");
        }

        if (node is not JsonObject obj)
        {
            return (null, null, "each line must be a JSON object");
        }

        var id = obj["id"] is JsonValue idValue ? idValue.ToString() : null;
        if (obj["text"] is not JsonValue textValue || textValue.GetValueKind() != JsonValueKind.String)
        {
            return (id, null, "missing \"text\" (a string)");
        }

        var history = new List<Turn>();
        if (obj["history"] is JsonArray turns)
        {
            foreach (var turn in turns.OfType<JsonObject>())
            {
                var role = turn["role"]?.ToString() == Turn.BotRole ? Turn.BotRole : Turn.UserRole;
                var text = turn["text"]?.ToString();
                if (!string.IsNullOrEmpty(text))
                {
                    history.Add(new Turn(role, text));
                }
            }
        }

        return (id, new Question(textValue.GetValue<string>(), history), null);
    }
}
