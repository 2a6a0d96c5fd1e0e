using System.Text;

namespace XinfangBot.Telegram.Rendering;

/// <summary>
/// Splits a message longer than Telegram's 4096 characters at paragraph boundaries (blank lines), then at line ends,
/// and only as a last resort inside a line. Lines of rendered HTML keep their tags balanced, so cutting between lines
/// never breaks markup; a single over-long line loses its tags and is cut outside any entity.
/// </summary>
internal static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string text, int limit = TelegramLimit, bool html = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        if (text.Length <= limit)
        {
            return [text];
        }

        var pieces = new List<string>();
        foreach (var paragraph in text.Split("\n\n"))
        {
            if (paragraph.Length <= limit)
            {
                pieces.Add(paragraph);
                continue;
            }

            // One paragraph too long: its lines become the pieces, packed back together below with single newlines.
            pieces.AddRange(PackLines(paragraph, limit, html));
        }

        return Pack(pieces, "\n\n", limit);
    }

    private static List<string> PackLines(string paragraph, int limit, bool html)
    {
        var lines = new List<string>();
        foreach (var line in paragraph.Split('\n'))
        {
            if (line.Length <= limit)
            {
                lines.Add(line);
            }
            else
            {
                lines.AddRange(Cut(html ? Html.Escape(Html.ToPlain(line)) : line, limit, html));
            }
        }

        return Pack(lines, "\n", limit);
    }

    private static List<string> Pack(IEnumerable<string> pieces, string separator, int limit)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (current.Length > 0 && current.Length + separator.Length + piece.Length > limit)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(separator);
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private static IEnumerable<string> Cut(string line, int limit, bool html)
    {
        var start = 0;
        while (line.Length - start > limit)
        {
            var end = start + limit;
            if (html)
            {
                var amp = line.LastIndexOf('&', end - 1, Math.Min(10, end - start));
                if (amp >= start && line.IndexOf(';', amp) >= end)
                {
                    end = amp;
                }
            }

            if (char.IsHighSurrogate(line[end - 1]))
            {
                end--;
            }

            yield return line[start..end];
            start = end;
        }

        yield return line[start..];
    }
}
