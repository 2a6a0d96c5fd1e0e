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

        // The rule whose event words stand nearest before a date wins; otherwise the entry's first rule.
        DeadlineRule rule = applicable[0];
        DateMention chosen = events[0];
        var best = int.MaxValue;
        foreach (var candidate in applicable)
        {
            foreach (var mention in events)
            {
                foreach (var word in candidate.Event)
                {
                    var at = text.IndexOf(word, StringComparison.Ordinal);
                    while (at >= 0)
                    {
                        var distance = Math.Abs(at - (mention.Index + mention.Length)) + (25 * applicable.IndexOf(candidate));
                        if (distance < best)
                        {
                            best = distance;
                            rule = candidate;
                            chosen = mention;
                        }

                        at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal);
                    }
                }
            }
        }

        var start = chosen.LastPossibleDay;
        return new DeadlineResult(rule, chosen, rule.LastDay(start), rule.ExtendedLastDay(start), today);
    }
}
