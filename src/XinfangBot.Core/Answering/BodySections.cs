namespace XinfangBot.Core.Answering;

/// <summary>Reads the <c>## 标题</c> sections of a guide or FAQ body into their items (list markers removed).</summary>
internal static class BodySections
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string body)
    {
        var sections = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        string? heading = null;
        var items = new List<string>();

        void Flush()
        {
            if (heading is not null)
            {
                sections[heading] = items.ToList();
            }

            items.Clear();
        }

        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                heading = line[3..].Trim();
                continue;
            }

            if (line.Length == 0 || heading is null)
            {
                continue;
            }

            var item = StripMarker(line);
            if (item.Length > 0 && (line != item || items.Count == 0))
            {
                items.Add(item);
            }
            else if (item.Length > 0)
            {
                // A continuation line belongs to the item above it.
                items[^1] += item;
            }
        }

        Flush();
        return sections;
    }

    private static string StripMarker(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
        {
            return line[2..].Trim();
        }

        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        if (dot is > 0 and <= 3 && line[..dot].All(char.IsAsciiDigit))
        {
            return line[(dot + 2)..].Trim();
        }

        return line;
    }
}
