using System.Buffers;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// A curated keyword written in parts: "老公|丈夫…打我|动手" is found when one word of each part occurs, in order, in one
/// sentence, each part starting at most <c>gap</c> characters after the previous one ends. It lets a guide name a kind
/// of situation (who × what happened) once instead of listing every wording in between ("老公喝醉酒就打我").
/// A keyword without "…" is a plain word and is found by <see cref="string.Contains(string, StringComparison)"/>.
/// </summary>
public sealed class KeywordPattern
{
    public const char PartSeparator = '…';
    public const char AlternativeSeparator = '|';
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?；;\n");

    private readonly string[][] _parts;

    private KeywordPattern(string[][] parts) => _parts = parts;

    /// <summary>Whether the keyword is written in parts.</summary>
    public static bool IsPattern(string keyword) => keyword.Contains(PartSeparator, StringComparison.Ordinal);

    /// <summary>Why a keyword written in parts cannot be used (an empty part or word, a single part), or null when it can.</summary>
    public static string? Problem(string keyword)
    {
        if (!IsPattern(keyword))
        {
            return keyword.Contains(AlternativeSeparator, StringComparison.Ordinal)
                ? $"keyword '{keyword}': '|' separates words only inside a keyword written in parts (A|B…C)"
                : null;
        }

        var parts = keyword.Split(PartSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return $"keyword '{keyword}': a keyword written in parts needs at least two parts around '…'";
        }

        return parts.Any(p => p.Split(AlternativeSeparator).Any(w => w.Trim().Length == 0))
            ? $"keyword '{keyword}': every word between '|' must be non-empty"
            : null;
    }

    /// <summary>Parses a keyword written in parts; null when it is a plain word or cannot be used (<see cref="Problem"/>).</summary>
    public static KeywordPattern? Parse(string keyword)
    {
        if (!IsPattern(keyword) || Problem(keyword) is not null)
        {
            return null;
        }

        var parts = keyword.Split(PartSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(AlternativeSeparator).Select(w => w.Trim()).Distinct(StringComparer.Ordinal).ToArray())
            .ToArray();
        return new KeywordPattern(parts);
    }

    /// <summary>Whether every part occurs in order in one sentence of <paramref name="text"/>, each within <paramref name="gap"/> characters of the previous.</summary>
    public bool IsFoundIn(string text, int gap)
    {
        foreach (var word in _parts[0])
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (RestFollows(text, 1, at + word.Length, gap))
                {
                    return true;
                }

                at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private bool RestFollows(string text, int part, int from, int gap)
    {
        if (part == _parts.Length)
        {
            return true;
        }

        var limit = Math.Min(text.Length, from + gap + 1);
        var stop = text.AsSpan(from, limit - from).IndexOfAny(SentenceEnds);
        if (stop >= 0)
        {
            limit = from + stop;
        }

        foreach (var word in _parts[part])
        {
            // The word must start inside the window; it may end after it.
            var window = Math.Min(text.Length, limit + word.Length - 1) - from;
            var at = window >= word.Length ? text.IndexOf(word, from, window, StringComparison.Ordinal) : -1;
            while (at >= 0 && at < limit)
            {
                if (RestFollows(text, part + 1, at + word.Length, gap))
                {
                    return true;
                }

                at = at + 1 < from + window ? text.IndexOf(word, at + 1, from + window - at - 1, StringComparison.Ordinal) : -1;
            }
        }

        return false;
    }
}
