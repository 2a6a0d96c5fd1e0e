namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A question that gets no date (a criminal 申诉, wages owed while still employed, a matter after 复核): what to say
/// instead, and the rules it keeps from giving a date (<see cref="Replaces"/>).
/// </summary>
public sealed record NoDateRule(string Id, IReadOnlyList<string> When, IReadOnlyList<string> Asks, string Say, string Cite, IReadOnlyList<string> Replaces)
{
    public bool Matches(string text) =>
        When.Any(w => text.Contains(w, StringComparison.Ordinal)) && Asks.Any(a => text.Contains(a, StringComparison.Ordinal));
}
