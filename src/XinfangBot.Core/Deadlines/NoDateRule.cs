using System.Text.RegularExpressions;

namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A question that gets no date (a criminal 申诉, wages owed while still employed, a matter after 复核): what to say
/// instead, and the rules it keeps from giving a date (<see cref="Replaces"/>). A <see cref="When"/> item starting with
/// "re:" is a regular expression (判了五年: re:判了?[一二两三四五六七八九十0-9]+年); one that runs too long counts as no match.
/// </summary>
public sealed record NoDateRule(string Id, IReadOnlyList<string> When, IReadOnlyList<string> Asks, string Say, string Cite, IReadOnlyList<string> Replaces)
{
    private Regex? _when;

    public bool Matches(string text) => WhenFound(text) && Asks.Any(a => text.Contains(a, StringComparison.Ordinal));

    private bool WhenFound(string text)
    {
        _when ??= new Regex(
            string.Join('|', When.Select(w => w.StartsWith("re:", StringComparison.Ordinal) ? "(?:" + w[3..] + ")" : Regex.Escape(w))),
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(2));
        try
        {
            return _when.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
