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

    /// <summary>Stands back when a rule it replaces gets a date from the period the message states (判决生效之日起十日内
    /// 履行, and the day it took effect): the date is said instead of the words.</summary>
    public bool UnlessDated { get; init; }

    /// <summary>Words that keep the rule out (非终局 for 终局).</summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    public bool Matches(string text) =>
        WhenFound(text) && Asks.Any(a => text.Contains(a, StringComparison.Ordinal)) && !Unless.Any(u => text.Contains(u, StringComparison.Ordinal));

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
