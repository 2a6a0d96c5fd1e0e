namespace XinfangBot.Core.Deadlines;

/// <summary>Picks the rule and event date a message speaks of and computes the last day (day after the event counts first).</summary>
public sealed class DeadlineCalculator(DeadlineRuleSet rules)
{
    public DeadlineResult? Compute(string text, IReadOnlyList<string> candidateRules, DateOnly clockToday)
    {
        if (candidateRules.Count == 0)
        {
            return null;
        }

        var mentions = DateExtractor.Extract(text, clockToday);
        var today = mentions.FirstOrDefault(m => m.IsToday)?.Date ?? clockToday;
        var events = mentions.Where(m => !m.IsToday && m.Date <= today).ToList();
        if (events.Count == 0)
        {
            return null;
        }

        var applicable = candidateRules.Select(rules.Get).OfType<DeadlineRule>().ToList();
        if (applicable.Count == 0)
        {
            return null;
        }

        // The procedure the citizen asks about (起诉, 复议, 复查 …) decides the rule; ties keep the entry's order.
        var rule = applicable
            .Select((r, i) => (Rule: r, Asked: r.Asks.Count(a => text.Contains(a, StringComparison.Ordinal)), Index: i))
            .OrderByDescending(x => x.Asked)
            .ThenBy(x => x.Index)
            .First().Rule;

        // The event date is the date mentioned nearest to one of the rule's event words (the first date otherwise).
        var chosen = events[0];
        var best = int.MaxValue;
        foreach (var mention in events)
        {
            foreach (var word in rule.Event)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    var distance = Math.Min(Math.Abs(at - (mention.Index + mention.Length)), Math.Abs(mention.Index - (at + word.Length)));
                    if (distance < best)
                    {
                        best = distance;
                        chosen = mention;
                    }
                }
            }
        }

        var start = chosen.LastPossibleDay;
        return new DeadlineResult(rule, chosen, rule.LastDay(start), rule.ExtendedLastDay(start), today);
    }
}
