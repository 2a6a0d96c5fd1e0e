using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// How strongly a message points at each of a topic's cited articles, judged among the cited articles of the same law.
/// A word that all of them hold (物业 in each article of 物业管理条例) says nothing about which one governs; a word only
/// one or two hold (维修资金, 起诉, 撤销) points at them. An article's words are its own text and the words of the topic's
/// lines that name it, which are written in the citizen's words (“物业费：……（第四十条、第四十一条）”).
/// </summary>
internal static class ArticleEvidence
{
    // The candidates' words, read once per knowledge snapshot and topic (segmenting articles on every answer is too slow).
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, List<Group>>> Cache = new();

    /// <summary>
    /// For each cited law article, the summed weight of the message's terms it holds, each weighted by ln((n + 1) / df):
    /// n the number of cited articles of its law, df how many of them hold the term; divided, as BM25 does, by
    /// 1 − b + b·(its number of words / their average), so a long article does not win by length alone
    /// (<paramref name="lengthNorm"/> is b). Terms shorter than <paramref name="minChars"/> are ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Score(KnowledgeEntry topic, IReadOnlyList<string> queryTerms, KnowledgeBase kb, int minChars, double lengthNorm)
    {
        var groups = Cache.GetOrCreateValue(kb).GetOrAdd(topic.Id + "\n" + string.Join(",", topic.Cites), _ => Build(topic, kb));
        var terms = queryTerms.Where(t => t.Length >= minChars).Distinct(StringComparer.Ordinal).ToList();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var n = group.Articles.Count;
            var average = group.Articles.Average(a => a.Terms.Count);
            foreach (var (id, words) in group.Articles)
            {
                var score = 0d;
                foreach (var term in terms)
                {
                    if (words.Contains(term))
                    {
                        score += Math.Log((n + 1d) / group.Frequency[term]);
                    }
                }

                scores[id] = score / (1 - lengthNorm + (lengthNorm * words.Count / Math.Max(1, average)));
            }
        }

        return scores;
    }

    /// <summary>The law an article id belongs to (<c>slug#n</c> → <c>slug</c>).</summary>
    public static string LawOf(string id) => id.Split('#')[0];

    private static List<Group> Build(KnowledgeEntry topic, KnowledgeBase kb)
    {
        var lines = CitedLines.LinesByArticle(topic, kb);
        var groups = new List<Group>();
        foreach (var law in topic.Cites.Distinct(StringComparer.Ordinal).Where(id => kb.Get(id) is { Kind: EntryKind.Law }).GroupBy(LawOf, StringComparer.Ordinal))
        {
            var articles = new List<(string Id, HashSet<string> Terms)>();
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in law)
            {
                var text = ArticleLabel.Strip(kb.Get(id)!.Text) + "\n" + string.Join("\n", lines.GetValueOrDefault(id) ?? []);
                var terms = kb.Index.DocumentTerms(text).ToHashSet(StringComparer.Ordinal);
                articles.Add((id, terms));
                foreach (var term in terms)
                {
                    frequency[term] = frequency.GetValueOrDefault(term) + 1;
                }
            }

            groups.Add(new Group(articles, frequency));
        }

        return groups;
    }

    private sealed record Group(IReadOnlyList<(string Id, HashSet<string> Terms)> Articles, Dictionary<string, int> Frequency);
}
