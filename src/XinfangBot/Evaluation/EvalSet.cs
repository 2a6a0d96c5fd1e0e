using System.Text.Json.Nodes;
using XinfangBot.Commands;

namespace XinfangBot.Evaluation;

/// <summary>Reads an evaluation set: CONTRACTS §4 input lines with an <c>expect</c> object.</summary>
internal static class EvalSet
{
    /// <summary>A set file, or a folder whose <c>*.jsonl</c> files are read in name order as one set.</summary>
    public static (List<EvalItem> Items, List<string> Errors) Load(string path)
    {
        if (Directory.Exists(path))
        {
            var all = (Items: new List<EvalItem>(), Errors: new List<string>());
            foreach (var file in Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal))
            {
                var (items, errors) = LoadFile(file);
                all.Items.AddRange(items);
                all.Errors.AddRange(errors);
            }

            return all;
        }

        return LoadFile(path);
    }

    private static (List<EvalItem> Items, List<string> Errors) LoadFile(string path)
    {
        var items = new List<EvalItem>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, question, error) = AnswerJson.ReadLine(line);
            if (question is null)
            {
                errors.Add($"{path}:{number}: {error}");
                continue;
            }

            var node = JsonNode.Parse(line)!.AsObject();
            var expect = node["expect"] as JsonObject ?? [];
            items.Add(new EvalItem(
                id ?? $"line-{number}",
                question,
                Strings(expect["citations_any"]),
                Strings(expect["channels_any"]),
                expect["escalation"]?.ToString(),
                expect["out_of_scope"]?.GetValue<bool>() ?? false,
                Strings(expect["reply_contains_all"]),
                node["topic"]?.ToString())
            {
                Category = (node["category"] ?? node["topic"])?.ToString(),
                Shape = node["shape"]?.ToString(),
            });
        }

        return (items, errors);
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString()).OfType<string>().ToList() : [];
}
