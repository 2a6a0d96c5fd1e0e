using System.Diagnostics;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Evaluation;

/// <summary>Runs an evaluation set through the same engine as a live chat and computes the CONTRACTS §5 metrics.</summary>
internal sealed class EvalRunner(AnswerEngine engine, KnowledgeService knowledge, RuleBook rules)
{
    /// <summary>For each item, the top candidate topics with their evidence and whether each would satisfy the labels.</summary>
    public IEnumerable<string> Diagnose(IReadOnlyList<EvalItem> items)
    {
        var kb = knowledge.Current;
        foreach (var item in items)
        {
            var text = rules.Normalizer.Normalize(item.Question.Text).Text;
            var ranked = TopicFinder.Rank(text, kb, rules.Vocabulary, rules.Tuning, rules.Aspects).Take(5).Select(t =>
            {
                var ok = (item.ChannelsAny.Count == 0 || (t.Entry.Channels.Count > 0 && item.ChannelsAny.Contains(t.Entry.Channels[0])))
                    && (item.CitationsAny.Count == 0 || t.Entry.Cites.Any(item.CitationsAny.Contains));
                return $"{(ok ? "+" : "-")}{t.Entry.Id} s={t.Score:F2} b={t.Bm25:F1} k={t.KeywordScore:F2}[{string.Join(",", t.MatchedKeywords)}]";
            });
            yield return $"{item.Id}\t{item.Topic}\t{text[..Math.Min(40, text.Length)]}\t{string.Join("  ", ranked)}";
        }
    }

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken cancellationToken = default)
    {
        var kb = knowledge.Current;
        int citeMet = 0, citeTotal = 0, chanMet = 0, chanTotal = 0, factMet = 0, factTotal = 0;
        int escPredicted = 0, escCorrect = 0, escExpected = 0, escFound = 0, falseEsc = 0, oosMet = 0, fabricated = 0;
        int crisisTotal = 0, crisisFound = 0, threatTotal = 0, threatFound = 0, searchMet = 0;
        var latencies = new List<double>();
        var misses = new List<string>();
        var outcomes = new List<EvalOutcome>();
        foreach (var item in items)
        {
            bool? citeOk = null, chanOk = null;
            var started = Stopwatch.GetTimestamp();
            var answer = await engine.AnswerAsync(item.Question, cancellationToken);
            var escalation = answer.Escalation?.Name(); // the set labels escalations by their CONTRACTS §3 names
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var why = new List<string>();

            fabricated += answer.Citations.Count(c => !kb.Exists(c));
            if (item.CitationsAny.Count > 0)
            {
                citeTotal++;
                var searched = kb.Index.Search(rules.Normalizer.Normalize(item.Question.Text).Text, 3, EntryKind.Law);
                searchMet += searched.Any(h => item.CitationsAny.Contains(h.Id)) ? 1 : 0;
                var laws = answer.Citations.Where(c => kb.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
                citeOk = laws.Any(item.CitationsAny.Contains);
                if (citeOk == true)
                {
                    citeMet++;
                }
                else
                {
                    why.Add($"citations [{string.Join(", ", laws)}] want one of [{string.Join(", ", item.CitationsAny)}]");
                }
            }

            if (item.ChannelsAny.Count > 0)
            {
                chanTotal++;
                chanOk = answer.Channels.Count > 0 && item.ChannelsAny.Contains(answer.Channels[0]);
                if (chanOk == true)
                {
                    chanMet++;
                }
                else
                {
                    why.Add($"channel {(answer.Channels.Count > 0 ? answer.Channels[0] : "(none)")} wants one of [{string.Join(", ", item.ChannelsAny)}]");
                }
            }

            if (item.ReplyContainsAll.Count > 0)
            {
                factTotal++;
                var missing = item.ReplyContainsAll.Where(f => !answer.Text.Contains(f, StringComparison.Ordinal)).ToList();
                if (missing.Count == 0)
                {
                    factMet++;
                }
                else
                {
                    why.Add($"reply lacks [{string.Join(", ", missing)}]");
                }
            }

            if (escalation is not null)
            {
                escPredicted++;
                if (escalation == item.Escalation)
                {
                    escCorrect++;
                }
                else if (item.Escalation is null)
                {
                    falseEsc++;
                }
            }

            if (item.Escalation is not null)
            {
                escExpected++;
                escFound += escalation == item.Escalation ? 1 : 0;
                crisisTotal += item.Escalation == EscalationKind.Crisis.Name() ? 1 : 0;
                crisisFound += item.Escalation == EscalationKind.Crisis.Name() && escalation == item.Escalation ? 1 : 0;
                threatTotal += item.Escalation == EscalationKind.Threat.Name() ? 1 : 0;
                threatFound += item.Escalation == EscalationKind.Threat.Name() && escalation == item.Escalation ? 1 : 0;
            }

            if (escalation != item.Escalation)
            {
                why.Add($"escalation {escalation ?? "null"} wants {item.Escalation ?? "null"}");
            }

            if (answer.OutOfScope == item.OutOfScope)
            {
                oosMet++;
            }
            else
            {
                why.Add($"out_of_scope {answer.OutOfScope} wants {item.OutOfScope}");
            }

            outcomes.Add(new EvalOutcome(
                item.Category ?? "-",
                item.Shape ?? "-",
                citeOk,
                chanOk,
                item.ChannelsAny.Count > 0 ? item.ChannelsAny[0] : null,
                answer.Channels.Count > 0 ? answer.Channels[0] : answer.OutOfScope ? "(out of scope)" : "(" + answer.Mode.Name() + ")",
                why.Count == 0)
            {
                CitationKnown = item.CitationsAny.Count == 0 ? null : item.CitationsAny.Any(kb.Exists),
                CitationAnywhere = item.CitationsAny.Count == 0 ? null : answer.Citations.Any(item.CitationsAny.Contains),
                FactsMet = item.ReplyContainsAll.Count == 0 ? null : item.ReplyContainsAll.All(f => answer.Text.Contains(f, StringComparison.Ordinal)),
            });
            if (why.Count > 0)
            {
                misses.Add($"{item.Id} [{item.Topic}] topic={answer.TopicId ?? answer.Mode.Name()} conf={answer.Confidence:F2}: {string.Join("; ", why)}");
            }
        }

        latencies.Sort();
        return new EvalReport(
            items.Count,
            new Ratio(citeMet, citeTotal),
            new Ratio(searchMet, citeTotal),
            new Ratio(chanMet, chanTotal),
            new Ratio(factMet, factTotal),
            new Ratio(escCorrect, escPredicted),
            new Ratio(escFound, escExpected),
            new Ratio(crisisFound, crisisTotal),
            new Ratio(threatFound, threatTotal),
            falseEsc,
            new Ratio(oosMet, items.Count),
            fabricated,
            Percentile(latencies, 0.5),
            Percentile(latencies, 0.99),
            misses)
        {
            Outcomes = outcomes,
        };
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
