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

        // Room for closing and reopening an expandable quote that a cut falls into.
        if (html && text.Contains(AnswerHtml.FoldStart, StringComparison.Ordinal))
        {
            limit -= AnswerHtml.FoldStart.Length + AnswerHtml.FoldEnd.Length;
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

        var chunks = Pack(pieces, "\n\n", limit);
        return html ? BalanceFold(chunks) : chunks;
    }

    /// <summary>
    /// An expandable quote cut between two parts is closed at the end of the first and reopened at the start of the
    /// next, so every part is valid HTML on its own (the only tag of a rendered answer that spans lines).
    /// </summary>
    private static List<string> BalanceFold(List<string> chunks)
    {
        var open = false;
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = open ? AnswerHtml.FoldStart + chunks[i] : chunks[i];
            var opens = Count(chunk, "<blockquote");
            var closes = Count(chunk, AnswerHtml.FoldEnd);
            open = opens > closes;
            chunks[i] = open ? chunk + AnswerHtml.FoldEnd : chunk;
        }

        return chunks;
    }

    private static int Count(string text, string tag)
    {
        var n = 0;
        for (var at = text.IndexOf(tag, StringComparison.Ordinal); at >= 0; at = text.IndexOf(tag, at + tag.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
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
                lines.AddRange(CutLine(line, limit, html));
            }
        }

        return Pack(lines, "\n", limit);
    }

    /// <summary>An over-long line cut into pieces; its tags are dropped, except an expandable quote around it.</summary>
    private static List<string> CutLine(string line, int limit, bool html)
    {
        if (!html)
        {
            return Cut(line, limit, html).ToList();
        }

        var start = line.StartsWith(AnswerHtml.FoldStart, StringComparison.Ordinal) ? AnswerHtml.FoldStart : string.Empty;
        var end = line.EndsWith(AnswerHtml.FoldEnd, StringComparison.Ordinal) ? AnswerHtml.FoldEnd : string.Empty;
        var core = line[start.Length..^end.Length];
        var cuts = Cut(Html.Escape(Html.ToPlain(core)), limit - start.Length - end.Length, html).ToList();
        cuts[0] = start + cuts[0];
        cuts[^1] += end;
        return cuts;
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
