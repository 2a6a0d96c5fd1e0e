using System.Text.RegularExpressions;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A question that gets no date (a criminal 申诉, wages owed while still employed, a matter after 复核): what to say
/// instead, and the rules it keeps from giving a date (<see cref="Replaces"/>). A <see cref="When"/> item starting with
/// "re:" is a regular expression (判了五年: re:判了?[一二两三四五六七八九十0-9]+年).
/// </summary>
public sealed record NoDateRule(string Id, IReadOnlyList<string> When, IReadOnlyList<string> Asks, string Say, string Cite, IReadOnlyList<string> Replaces)
{
    private Regex? _when;

    public bool Matches(string text) =>
        (_when ??= WordPattern.Any(When)).Found(text) && Asks.Any(a => text.Contains(a, StringComparison.Ordinal));
}
