using System.Text.Json;

namespace XinfangBot.Core.Triage;

/// <summary>
/// Reads safety corpus files: one JSON object a line, <c>{"id", "text", "label": "crisis|threat|none", "category"}</c>.
/// A line that is not such an object is an error naming the file and line (the triage fails closed on it).
/// </summary>
public static class SafetyCorpus
{
    /// <summary>Every <c>*.jsonl</c> file of a folder (sorted by name), or the one file given.</summary>
    public static IReadOnlyList<SafetyItem> Load(string path)
    {
        if (File.Exists(path))
        {
            return LoadFile(path);
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"safety corpus not found: {path}", path);
        }

        var files = Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{path}: no *.jsonl safety corpus file in this folder");
        }

        return files.SelectMany(LoadFile).ToList();
    }

    public static IReadOnlyList<SafetyItem> LoadFile(string path)
    {
        var items = new List<SafetyItem>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                var label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? ParseLabel(l.GetString()) : null;
                if (string.IsNullOrWhiteSpace(text) || label is null)
                {
                    throw new InvalidDataException($"{path}:{number}: needs a \"text\" and a \"label\" of crisis, threat or none");
                }

                var id = root.TryGetProperty("id", out var i) ? i.ToString() : $"{Path.GetFileNameWithoutExtension(path)}-{number}";
                var category = root.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "-";
                items.Add(new SafetyItem(id, text, label.Value, category));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{number}: not a JSON object ({ex.Message})", ex);
            }
        }

        return items;
    }

    public static SafetyLabel? ParseLabel(string? label) => label switch
    {
        "crisis" or "self-harm" => SafetyLabel.Crisis,
        "threat" or "violence" => SafetyLabel.Threat,
        "none" => SafetyLabel.None,
        _ => null,
    };
}
