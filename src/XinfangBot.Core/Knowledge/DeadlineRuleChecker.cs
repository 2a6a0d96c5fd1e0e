using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Checks rules/deadlines.yaml against the laws, for <c>kb validate</c>: every article a rule cites exists, the article
/// it names as stating the period states it, and every period its lines say (start, due, remedies, note) is stated by
/// an article it cites; a no-date answer states only periods of its article.
/// </summary>
public static class DeadlineRuleChecker
{
    public static IReadOnlyList<KnowledgeError> Check(DeadlineRuleSet rules, Func<string, KnowledgeEntry?> lookup, string path)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(lookup);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        int LineOf(string id) => Array.FindIndex(lines, l => l.TrimEnd().EndsWith("id: " + id, StringComparison.Ordinal)) + 1;
        var errors = new List<KnowledgeError>();
        foreach (var rule in rules.All)
        {
            var allowed = new HashSet<(int, string)>();
            foreach (var cite in rule.AllCites)
            {
                if (lookup(cite) is { Kind: EntryKind.Law } article)
                {
                    allowed.UnionWith(PeriodFinder.Find(article.Text));
                }
                else
                {
                    errors.Add(new KnowledgeError(path, LineOf(rule.Id), $"deadline rule '{rule.Id}' cites {cite}, which is not a law article of the knowledge base"));
                }
            }

            if (lookup(rule.Cite) is { Kind: EntryKind.Law } stating && !PeriodFinder.Find(stating.Text).Contains(rule.Period))
            {
                errors.Add(new KnowledgeError(path, LineOf(rule.Id), $"deadline rule '{rule.Id}': {rule.Cite} does not state {rule.PeriodText}"));
            }

            if (rule.StatedInDays)
            {
                // 十日 counted as working days: an article the rule cites must say so (行政复议法第八十八条第二款).
                if (!rule.AllCites.Any(c => lookup(c) is { Kind: EntryKind.Law } a && a.Text.Contains("是指工作日", StringComparison.Ordinal)))
                {
                    errors.Add(new KnowledgeError(path, LineOf(rule.Id), $"deadline rule '{rule.Id}' counts {rule.WorkingDays}日 as working days, but no article it cites says they are working days"));
                }

                allowed.Add((rule.WorkingDays, "工作日"));
            }

            foreach (var text in new[] { rule.From, rule.Due, rule.Passed, rule.Note ?? string.Empty, rule.WordsNote ?? string.Empty })
            {
                foreach (var (n, unit) in PeriodFinder.Find(text).Where(p => !allowed.Contains(p)))
                {
                    errors.Add(new KnowledgeError(path, LineOf(rule.Id), $"deadline rule '{rule.Id}' states the period {n}{unit}, which no article it cites states"));
                }
            }
        }

        foreach (var no in rules.NoDate)
        {
            var allowed = lookup(no.Cite) is { Kind: EntryKind.Law } article ? PeriodFinder.Find(article.Text) : new HashSet<(int, string)>();
            if (lookup(no.Cite) is not { Kind: EntryKind.Law })
            {
                errors.Add(new KnowledgeError(path, LineOf(no.Id), $"no_date '{no.Id}' cites {no.Cite}, which is not a law article of the knowledge base"));
            }

            foreach (var (n, unit) in PeriodFinder.Find(no.Say).Where(p => !allowed.Contains(p)))
            {
                errors.Add(new KnowledgeError(path, LineOf(no.Id), $"no_date '{no.Id}' states the period {n}{unit}, which its article does not state"));
            }
        }

        return errors;
    }
}
