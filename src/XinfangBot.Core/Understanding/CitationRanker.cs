using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// Orders a topic's cited articles for one question: the order staff gave, adjusted by how well each article matches the
/// question (BM25 over law articles, and the message's words that single the article out among the topic's articles —
/// <see cref="ArticleEvidence"/>), by the guide's line that best matches it, and by the aspect asked (time → articles
/// stating a period), and by the guide's <c>leads</c>: the articles it names for the step or part of the matter the
/// message asks about lead.
/// </summary>
internal static class CitationRanker
{
    public static IReadOnlyList<string> Rank(KnowledgeEntry topic, UnderstoodMessage understanding, KnowledgeBase kb, Tuning tuning, AspectRules aspects)
    {
        var t = tuning.Citations;
        // How well each cited article matches this question, relative to the topic's other cited articles.
        var lawScores = kb.Index.ScoreLaws(understanding.Query, topic.Cites.ToList());
        var max = lawScores.Count == 0 ? 1 : Math.Max(1e-6, lawScores.Values.Max());
        var voted = CitedLines.Voted(topic, kb.Index.Terms(understanding.Query), kb, (int)t.LineMaxTies);
        var leads = Leads(topic, understanding, kb, tuning.Topic.KeywordGap, t);
        var ranked = new List<(string Id, double Rank)>();
        for (var i = 0; i < topic.Cites.Count; i++)
        {
            var id = topic.Cites[i];
            var article = kb.Get(id);
            if (article is null)
            {
                continue;
            }

            // Articles of one law share its common words (物业 in every article of 物业管理条例), so relative scores sit
            // close together; the power spreads them so the article that matches this question stands out.
            var relevance = Math.Pow(lawScores.GetValueOrDefault(id) / max, t.RelevancePower);
            var rank = (1 / (1 + (t.OrderDecay * i))) + (t.RelevanceWeight * relevance);
            if (voted.Contains(id))
            {
                rank += t.LineBonus;
            }

            if (understanding.Aspect.HasFlag(Aspect.Time) && kb.PeriodsOf(article).Count > 0)
            {
                rank += t.TimeBonus;
            }

            if (understanding.Aspect.HasFlag(Aspect.Materials) && aspects.IsAboutMaterials(article.Text))
            {
                rank += t.MaterialsBonus;
            }

            ranked.Add((id, rank + leads.GetValueOrDefault(id)));
        }

        ranked = [.. ranked.OrderByDescending(r => r.Rank)];
        // Which of a law's cited articles the message's own words point at (words they all share weigh nothing); scored
        // only when some law is cited often enough to be ordered again.
        return WithinLaws(ranked, () => ArticleEvidence.Score(topic, kb.Index.QueryTerms(understanding.Query), kb, t.EvidenceMinChars, t.EvidenceLengthNorm), t);
    }

    /// <summary>
    /// The articles governing a matter named beside the answer, best first: those of its <c>leads</c> item for the step
    /// the message asks about, then its cites in the staff's order (the first governs the matter as a whole). Its other
    /// articles are not weighed against this message, which tells mostly of the first matter.
    /// </summary>
    public static IReadOnlyList<string> Governing(KnowledgeEntry entry, UnderstoodMessage understanding, KnowledgeBase kb, int gap) =>
        entry.Leads.Where(l => l.When.Any(w => kb.HasLeadWord(understanding.Query, w, gap)))
            .SelectMany(l => l.Cites)
            .Concat(entry.Cites)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The bonus of each article a <c>leads</c> item of the topic names when the message (or, for a follow-up, the earlier
    /// turns it was understood with) holds one of the item's words (a word written in parts, 断|停…水|电, found as a keyword is): the item's first article the full bonus, each next one less.
    /// </summary>
    private static Dictionary<string, double> Leads(KnowledgeEntry topic, UnderstoodMessage understanding, KnowledgeBase kb, int gap, Tuning.CitationTuning t)
    {
        var bonus = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var lead in topic.Leads)
        {
            if (!lead.When.Any(w => kb.HasLeadWord(understanding.Query, w, gap) || (understanding.Context is { } context && kb.HasLeadWord(context, w, gap))))
            {
                continue;
            }

            for (var j = 0; j < lead.Cites.Count; j++)
            {
                bonus[lead.Cites[j]] = bonus.GetValueOrDefault(lead.Cites[j]) + (t.LeadBonus / (1 + (t.LeadDecay * j)));
            }
        }

        return bonus;
    }

    /// <summary>
    /// The first article stays first and the places each law holds in the order stay its own (which law leads is the
    /// staff's order and the aspect's); within them, the articles of a law the topic cites at least
    /// <c>evidence_min_articles</c> of are ordered again with the message's evidence for each, relative to the best of the law.
    /// </summary>
    private static List<string> WithinLaws(List<(string Id, double Rank)> ranked, Func<IReadOnlyDictionary<string, double>> score, Tuning.CitationTuning t)
    {
        var order = ranked.Select(r => r.Id).ToList();
        IReadOnlyDictionary<string, double>? evidence = null;
        // Among a few articles of a law the staff's order already says which governs; among many no one order fits every question.
        foreach (var law in ranked.GroupBy(r => ArticleEvidence.LawOf(r.Id), StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Count() >= t.EvidenceMinArticles))
        {
            evidence ??= score();
            var best = Math.Max(1e-6, law.Max(r => evidence.GetValueOrDefault(r.Id)));
            // The article leading the answer (the channel's governing article, or the one stating the period asked) keeps its place.
            var movable = law.Where(r => r.Id != order[0]).ToList();
            var slots = movable.Select(r => order.IndexOf(r.Id)).Order().ToList();
            var reordered = movable.OrderByDescending(r => r.Rank + (t.EvidenceWeight * Math.Pow(evidence.GetValueOrDefault(r.Id) / best, t.EvidencePower))).ToList();
            for (var i = 0; i < slots.Count; i++)
            {
                order[slots[i]] = reordered[i].Id;
            }
        }

        return order;
    }
}
