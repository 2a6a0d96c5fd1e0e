using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// Orders a topic's cited articles for one question: the order staff gave comes first, adjusted by how well each
/// article matches the question (BM25 over law articles) and by the aspect asked (time → articles stating a period).
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

            ranked.Add((id, rank));
        }

        return ranked.OrderByDescending(r => r.Rank).Select(r => r.Id).ToList();
    }
}
