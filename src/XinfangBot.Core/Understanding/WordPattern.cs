using System.Text.RegularExpressions;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// A list of words from a rules file as one expression: plain words are matched literally, an item starting with
/// "re:" is a .NET regular expression (as in routing.yaml and triage.yaml). A staff pattern that runs too long on a
/// pathological message counts as no match, never as a failed answer.
/// </summary>
internal static class WordPattern
{
    /// <summary>
    /// Guards against a pathological pattern only. The timeout is wall-clock time, so a short one would change answers
    /// when the machine is busy (a thread descheduled mid-match); every rules expression of understanding uses this one.
    /// </summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Any of <paramref name="items"/>, anywhere in a text or (<paramref name="atStart"/>) at its beginning.</summary>
    public static Regex Any(IEnumerable<string> items, bool atStart = false) => new(
        (atStart ? "^" : string.Empty) + "(?:" + Alternatives(items) + ")", RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>
    /// Any of <paramref name="items"/> at the beginning of a text, or after one of <paramref name="openings"/> and the
    /// spaces or punctuation after it (好的，顺便问下… / 嗯 那…).
    /// </summary>
    public static Regex AtStartAfter(IEnumerable<string> items, IEnumerable<string> openings) => new(
        "^(?:(?:" + Alternatives(openings) + ")[\\s，,。.！!~～、]*)?(?:" + Alternatives(items) + ")", RegexOptions.CultureInvariant, MatchTimeout);

    private static string Alternatives(IEnumerable<string> items) =>
        string.Join('|', items.Select(i => i.StartsWith("re:", StringComparison.Ordinal) ? "(?:" + i[3..] + ")" : Regex.Escape(i)));

    /// <summary>The expression of one "re:" item or plain word.</summary>
    public static Regex One(string item) => Any([item]);

    public static bool Found(this Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The words of a list, checked: at least one, none empty; otherwise the file and key are named.</summary>
    public static List<string> Required(List<string>? words, string path, string key)
    {
        if (words is not { Count: > 0 } || words.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException($"{path}: '{key}' must be a non-empty list of words");
        }

        foreach (var word in words.Where(w => w.StartsWith("re:", StringComparison.Ordinal)))
        {
            try
            {
                _ = new Regex(word[3..], RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}: '{key}': invalid regular expression {word}: {e.Message}", e);
            }
        }

        return words;
    }

    /// <summary>A required single word or expression of a rules file.</summary>
    public static string Required(string? value, string path, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{path}: '{key}' is required") : Required([value], path, key)[0];
}
