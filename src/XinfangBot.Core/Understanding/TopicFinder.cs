using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// Understands a message: which guide or FAQ it is about (BM25 over the index plus the colloquial keywords staff
/// curated), whether it raises a second issue for another channel, what aspect it asks about, and — for short
/// follow-ups such as 那要多久？ — the earlier turns of the conversation.
/// </summary>
public static class TopicFinder
{
    /// <param name="grievanceWords">Whether the message holds a word of a grievance, a public matter or the law of its own
    /// (scope.yaml's domain words); a short message without one in a conversation continues the matter discussed.</param>
    public static UnderstoodMessage Understand(string text, IReadOnlyList<string> earlierUserTexts, KnowledgeBase kb, Vocabulary vocabulary, Tuning tuning, AspectRules aspects, RoutingRules? routing = null, bool grievanceWords = true)
    {
        var (understood, context) = UnderstandTopic(text, earlierUserTexts, kb, vocabulary, tuning.Topic, aspects, grievanceWords);
        if (routing is null || understood.Topic is null)
        {
            return understood;
        }

        // Kinds of grievance with a fixed first channel (an organ's decision → 行政复议) and the channel the citizen
        // asks about re-order the topic's channels, or move the answer to the fitting entry (the old topic stays named).
        // A follow-up understood with the earlier turns is routed with them too (那我还能去哪告？ after a report the police
        // turned away continues that complaint).
        var switched = false;
        var matched = routing.Match(context is null ? text : context + " " + text);
        foreach (var rule in matched)
        {
            var topic = understood.Topic!;
            if (rule.KeepGrievance && !switched && topic.Entry.Kind == EntryKind.Guide && !topic.Entry.Channels.Any(rule.Promote.Contains))
            {
                // "Where do I go" about a grievance with its own channel asks for that channel (the guide answers it).
                continue;
            }

            // A topic search found without a keyword of its own is not grounded enough to keep when the rule names the
            // entry for its kind (有人放话要弄死我 found the demolition guide by its words alone: the police guide answers).
            var groundless = rule.Prefer is not null && topic.KeywordScore <= 0 && topic.Entry.Id != rule.Prefer;
            if (topic.Entry.Channels.Any(rule.Promote.Contains) && !(rule.Always && rule.Prefer != topic.Entry.Id) && !groundless)
            {
                var channels = rule.Promote.Where(topic.Entry.Channels.Contains).Concat(topic.Entry.Channels.Where(c => !rule.Promote.Contains(c))).ToList();
                understood = understood with { Topic = topic with { Entry = topic.Entry with { Channels = channels } }, Routing = rule.Name };
            }
            else if (rule.Prefer is not null && kb.Get(rule.Prefer) is { } preferred)
            {
                // A later rule may move the answer again (a kind of grievance wins over where to visit); the entry first
                // chosen by search stays named as the second matter.
                // It is a second matter only with keywords of its own as strong as any second matter needs: a word the rule's
                // kind shares (承包 in 校长把食堂承包给他弟弟) is not one.
                var previous = switched ? understood.Second
                    : !rule.Always && topic.Entry.Kind == EntryKind.Guide && topic.Entry.Id != preferred.Id && topic.KeywordScore >= tuning.Topic.SecondKeywordScore ? topic : null;
                // The preferred entry may list the rule's channel after another (police-crime lists 110 before 涉法涉诉):
                // the kind of grievance the rule names decides which comes first.
                var preferredChannels = rule.Promote.Where(preferred.Channels.Contains).Concat(preferred.Channels.Where(c => !rule.Promote.Contains(c))).ToList();
                understood = understood with
                {
                    Topic = new TopicMatch(preferred with { Channels = preferredChannels }, topic.Score, topic.Bm25, topic.MatchedKeywords) { KeywordScore = topic.KeywordScore },
                    Second = previous,
                    Routing = rule.Name,
                };
                switched = true;
            }
        }

        // A rule that moved the answer to the entry for its kind recognised the situation (停电两天了 → public services):
        // the answer is not held back as unsure because search alone found little.
        if (switched && understood.Confidence < tuning.Topic.RoutedConfidence)
        {
            understood = understood with { Confidence = tuning.Topic.RoutedConfidence };
        }

        // A rule may move the answer to the entry search had found as the second matter: it is then no second matter.
        if (understood.Second is { } second && second.Entry.Id == understood.Topic?.Entry.Id)
        {
            understood = understood with { Second = null };
        }

        if (understood is { Second: null, UsedHistory: false, Topic: { Entry.Kind: EntryKind.Guide } main })
        {
            understood = understood with { Second = RuledClauseMatter(text, main, kb, routing, tuning.Topic, aspects) };
        }

        // A rule the situation makes necessary to know (a group going to visit: at most five representatives) is named beside
        // an answer on something else, unless a second matter is already named.
        foreach (var rule in matched)
        {
            if (understood.Second is null && rule.Also is not null && rule.Also != understood.Topic?.Entry.Id && kb.Get(rule.Also) is { } also)
            {
                understood = understood with { Second = new TopicMatch(also, 0, 0, []) };
            }
        }

        return understood;
    }

    /// <summary>
    /// A clause that alone is a kind of grievance a routing rule sends to a guide for another channel (工资拖着不给，
    /// 讨薪时还被人打了: an assault → the police) is a second matter, though neither search nor keywords name it: the
    /// rule, read over the whole message, gave way to the first matter. A clause naming the first matter tells more of it.
    /// </summary>
    private static TopicMatch? RuledClauseMatter(string text, TopicMatch main, KnowledgeBase kb, RoutingRules routing, Tuning.TopicTuning t, AspectRules aspects)
    {
        var clauses = Clauses(text);
        if (clauses.Length < 2)
        {
            return null;
        }

        foreach (var clause in clauses)
        {
            // Only a clause told as something more (还被打了, 而且…, 二是…, 另外…): a clause of the first matter's own story
            // (被刑事拘留了37天, in a claim for compensation) is no second matter.
            if (main.MatchedKeywords.Any(k => kb.HasKeyword(clause, k, t.KeywordGap)) || !(aspects.SaysSeveralMatters(clause) || aspects.AddsMatter(clause)))
            {
                continue;
            }

            foreach (var rule in routing.Match(clause))
            {
                if (rule.Prefer is not null && kb.Get(rule.Prefer) is { Kind: EntryKind.Guide } entry
                    && entry.Id != main.Entry.Id && Primary(entry) != Primary(main.Entry) && !main.Entry.Channels.Any(rule.Promote.Contains))
                {
                    return new TopicMatch(entry, 0, 0, []);
                }
            }
        }

        return null;
    }

    private static (UnderstoodMessage Understood, string? Context) UnderstandTopic(string text, IReadOnlyList<string> earlierUserTexts, KnowledgeBase kb, Vocabulary vocabulary, Tuning.TopicTuning t, AspectRules aspects, bool grievanceWords)
    {
        var aspect = aspects.Detect(text);
        var own = Score(text, kb, vocabulary, t, aspects);
        var result = own;
        var usedHistory = false;
        string? usedContext = null;
        // A new question is understood on its own. Only a follow-up takes the earlier turns as context: a short message
        // that starts like one (那…, 还有…, 这个…, 他们又…), or a short message without a keyword of its own that is unsure
        // alone or holds no word of a grievance at all — an answer to the bot's question, or the next thing that happened in
        // the matter (客服也不管, 他们给了处理意见我不满意); the earlier turns are then taken only when they make the
        // understanding at least as sure.
        // Without any such word a message continues the matter up to a longer length (他们又说我儿子有车所以不符合，车是儿子的…).
        var followUp = (text.Length <= t.FollowupMarkerMaxLength || (!grievanceWords && text.Length <= t.FollowupPlainMaxLength)) && aspects.StartsLikeFollowUp(text);
        // Keywords that only name a remedy, read into the message by the vocabulary (仲裁有时间限制吗 → 劳动仲裁), name no
        // matter of the message's own: asking about a remedy after a matter asks about that matter's remedy. A remedy
        // named as written (劳动仲裁要多久) is the matter it belongs to.
        var ownKeywords = own.Topic is { KeywordScore: > 0 } k0
            && (!aspects.OnlyRemedies(k0.MatchedKeywords) || k0.MatchedKeywords.Any(w => text.Contains(w, StringComparison.Ordinal)));
        var shortAnswer = !ownKeywords
            && ((text.Length <= t.FollowupMarkerMaxLength && own.Confidence < t.HistoryBelow) || (!grievanceWords && text.Length <= t.FollowupPlainMaxLength));
        // A short question about one part of a matter (what to bring, where to go, how long) without a grievance of its
        // own asks about the matter just discussed (what to bring to the arbitration, after an answer on unpaid wages).
        var ownMatter = own.Topic is { Entry.Kind: EntryKind.Guide } o && o.KeywordScore >= t.SecondKeywordScore && ownKeywords;
        var partAsked = text.Length <= t.FollowupMarkerMaxLength && aspect != Aspect.None && !ownMatter;
        // A message that announces another question (我还想问… / 另外问个事…) and names a matter is understood on its own.
        // One that only turns to something else (对了…, 另外…) does so when it tells a grievance of its own.
        var announcedNew = (aspects.StartsNewMatter(text) || (grievanceWords && aspects.StartsSwitch(text))) && own.Topic is not null;
        // A message telling what the other side of the story did next or who it is (他家一直没人，物业说联系不上 after a leak
        // from upstairs) goes on with that story; a matter it names in passing is at most a second one.
        var goesOn = !announcedNew && text.Length <= t.FollowupPlainMaxLength && aspects.GoesOnWithStory(text);
        if (earlierUserTexts.Count > 0 && !announcedNew && (followUp || shortAnswer || partAsked || goesOn))
        {
            // The latest turn first: a follow-up continues the matter just discussed, and earlier turns are added only when
            // the nearer ones give no topic.
            // A nearer turn that named no matter in its own words (我是被派出所错误拘留的, after a question on 国家赔偿) only
            // added facts to the matter an earlier turn named: the follow-up is read with both.
            var first = earlierUserTexts.Count >= 2 && t.HistoryTurns >= 2 && !NamesMatter(earlierUserTexts[^1], kb, vocabulary, t, aspects) ? 2 : 1;
            for (var turns = first; turns <= Math.Min(t.HistoryTurns, earlierUserTexts.Count) && !usedHistory; turns++)
            {
                var context = string.Join(' ', earlierUserTexts.TakeLast(turns).Reverse());
                var combined = Score(text + " " + context, kb, vocabulary, t, aspects);
                // A follow-up's opening before a matter of its own (还有，+ keywords naming a guide for another channel)
                // starts that matter: the earlier turns would pull it back to their topic.
                var newMatter = own.Topic is { KeywordScore: var k } && k >= t.SecondKeywordScore && ownKeywords && own.Topic.Entry.Kind == EntryKind.Guide
                    && combined.Topic is not null && Primary(combined.Topic.Entry) != Primary(own.Topic.Entry);
                if (goesOn && own.Topic is { Entry.Kind: EntryKind.Guide, KeywordScore: > 0 } && Score(context, kb, vocabulary, t, aspects) is { Topic: { Entry.Kind: EntryKind.Guide } story }
                    && Primary(story.Entry) != Primary(own.Topic.Entry))
                {
                    // The story is the matter the bot answered on the earlier turn, however unsure its words were alone.
                    result = combined with { Topic = story, Second = own.Topic, Confidence = Math.Max(combined.Confidence, own.Confidence) };
                    usedHistory = true;
                    usedContext = context;
                    continue;
                }

                if (!newMatter && (combined.Confidence >= own.Confidence || ((followUp || partAsked || goesOn) && combined.Topic is not null)))
                {
                    // A follow-up asking about one part of the matter just discussed (what counts as evidence, by when, where)
                    // stays with that matter's guide, though words of its own read through the vocabulary (没有合同 → a
                    // contract dispute) lean the joined search to another guide: only a matter named in the message's own
                    // words (借钱的事要什么证据) is another matter.
                    if (aspect != Aspect.None && (followUp || partAsked) && combined.Topic is { } joined
                        && own.Topic?.MatchedKeywords.Any(w => text.Contains(w, StringComparison.Ordinal)) != true
                        && Score(context, kb, vocabulary, t, aspects) is { Topic: { Entry.Kind: EntryKind.Guide } matter, Confidence: var sure }
                        && sure >= t.HistoryBelow && Primary(matter.Entry) != Primary(joined.Entry))
                    {
                        combined = combined with { Topic = matter, Second = null };
                    }

                    // A message that names its own matter (判决书…想上诉最晚哪天, after wages and a dismissal) takes the earlier
                    // turns for its part asked, not their matters: a second matter must be named in its own words.
                    if (combined.Second is { } earlier && own.Topic is { } named && combined.Topic?.Entry.Id == named.Entry.Id
                        && !earlier.MatchedKeywords.Any(k => kb.HasKeyword(text, k, t.KeywordGap)))
                    {
                        combined = combined with { Second = null };
                    }

                    result = combined;
                    usedHistory = true;
                    usedContext = context;
                }
            }
        }

        var second = result.Second;
        if (!usedHistory && second is null && result.Topic is { Entry.Kind: EntryKind.Guide } main)
        {
            // The message is split into clauses once for both readings.
            var clauses = Clauses(text);
            second = SentenceMatter(text, clauses, main, kb, t, aspects) ?? ScoredClauseMatter(text, clauses, main, kb, vocabulary, t, aspects);
        }

        return (new UnderstoodMessage(result.Topic, second, result.Confidence, aspect, result.LawHits, text, usedHistory) { Strength = result.Strength, Context = usedContext }, usedContext);
    }

    /// <summary>Whether <paramref name="text"/> names a matter in its own words: a guide's keyword as written in it, not one
    /// the vocabulary read into it (派出所 → 报警).</summary>
    private static bool NamesMatter(string text, KnowledgeBase kb, Vocabulary vocabulary, Tuning.TopicTuning t, AspectRules aspects) =>
        Score(text, kb, vocabulary, t, aspects).Topic is { KeywordScore: > 0 } named && named.MatchedKeywords.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    // Matters are often told clause after clause in one sentence (工资拖了三个月，老板还动手打人) or in a list after a colon
    // (两个问题：1.… 2.…), spoken messages separating them by spaces only.
    private static readonly char[] ClauseEnds = [.. SentenceEnds, '，', ',', '：', ':', ' ', '\u3000'];

    private static string[] Clauses(string text) => text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Several matters told one after another (wages owed; then, in a sentence of its own, an injury at work): a sentence whose own keywords name a guide for
    /// another channel is a second matter, though the search over the whole message ranks that guide low. Its keywords are
    /// its own (none shared with the first matter, which the sentence does not name).
    /// </summary>
    private static TopicMatch? SentenceMatter(string text, string[] clauses, TopicMatch main, KnowledgeBase kb, Tuning.TopicTuning t, AspectRules aspects)
    {
        if (clauses.Length < 2)
        {
            return null;
        }

        // A keyword found in a clause is found in the whole message too (the clause is part of it, and a keyword written
        // in parts is looked for in a window the message only widens), so each guide's keywords are looked for once in
        // the message and, clause by clause, only those found there.
        var present = new List<(KnowledgeEntry Entry, List<string> Keywords)>();
        foreach (var entry in kb.Documents)
        {
            if (entry.Kind != EntryKind.Guide || Primary(entry) == Primary(main.Entry) || entry.Id == main.Entry.Id)
            {
                continue;
            }

            var inText = entry.Keywords.Where(k => k.Length > 0 && kb.HasKeyword(text, k, t.KeywordGap)).ToList();
            if (inText.Count > 0)
            {
                present.Add((entry, inText));
            }
        }

        if (present.Count == 0)
        {
            return null;
        }

        TopicMatch? found = null;
        foreach (var clause in clauses)
        {
            // A sentence naming the first matter tells more of it; a sentence that says it is another matter (另外…)
            // needs any keyword of its own, others keywords as strong as any second matter needs.
            if (main.MatchedKeywords.Any(k => kb.HasKeyword(clause, k, t.KeywordGap)))
            {
                continue;
            }

            var needed = aspects.SaysSeveralMatters(clause) ? double.Epsilon : t.SecondKeywordScore;
            foreach (var (entry, inText) in present)
            {
                // Keywords as written (not the vocabulary's canonical terms, which read 等有钱再说 as a debt).
                var matched = inText.Where(k => kb.HasKeyword(clause, k, t.KeywordGap)).ToList();
                matched = matched.Where(k => !matched.Any(o => o.Length > k.Length && o.Contains(k, StringComparison.Ordinal))).ToList();
                if (matched.Count == 0 || aspects.OnlyRemedies(matched) || matched.All(k => main.MatchedKeywords.Any(b => b.Contains(k, StringComparison.Ordinal) || k.Contains(b, StringComparison.Ordinal))))
                {
                    continue;
                }

                var score = matched.Sum(kb.KeywordWeight);
                if (score >= needed && (found is null || score > found.KeywordScore))
                {
                    found = new TopicMatch(entry, 0, 0, matched) { KeywordScore = score };
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A clause of a message told as holding more than one matter (二是…, 还…, 另外…) that, read alone, is a matter for
    /// another channel: its own search and the words the vocabulary reads into it name it surely enough (欠了我五个月的工资
    /// holds no keyword as written), though the whole message's search ranks it below the first matter. A clause naming
    /// the first matter tells more of it. Each clause read is one more search: at most <c>topic.second_clauses</c>.
    /// </summary>
    private static TopicMatch? ScoredClauseMatter(string text, string[] clauses, TopicMatch main, KnowledgeBase kb, Vocabulary vocabulary, Tuning.TopicTuning t, AspectRules aspects)
    {
        if (clauses.Length < 2)
        {
            return null;
        }

        // A message that says it holds more (两件事, 另外…, 还…) may tell the other matter in any clause: the first matter's
        // clause is often the one marked (工资拖了三个月，还把腰扭伤了).
        if (!aspects.SaysSeveralMatters(text) && !clauses.Any(aspects.AddsMatter))
        {
            return null;
        }

        var read = 0;
        (TopicMatch Match, double Confidence)? found = null;
        foreach (var clause in clauses)
        {
            if (read >= t.SecondClauses)
            {
                break;
            }

            if (clause.Length < t.SecondClauseMinChars || main.MatchedKeywords.Any(k => kb.HasKeyword(clause, k, t.KeywordGap)))
            {
                continue;
            }

            read++;
            var (topic, _, confidence, _, _) = Score(clause, kb, vocabulary, t, aspects);
            if (topic is { Entry.Kind: EntryKind.Guide } && topic.Entry.Id != main.Entry.Id && Primary(topic.Entry) != Primary(main.Entry)
                && !aspects.OnlyRemedies(topic.MatchedKeywords)
                && confidence >= t.SecondClauseConfidence && (found is null || confidence > found.Value.Confidence))
            {
                found = (topic, confidence);
            }
        }

        return found?.Match;
    }

    /// <summary>Every guide and FAQ with any evidence for <paramref name="query"/>, best first (for diagnostics too).</summary>
    public static IReadOnlyList<TopicMatch> Rank(string query, KnowledgeBase kb, Vocabulary vocabulary, Tuning tuning, AspectRules aspects) => Candidates(query, kb, vocabulary, tuning.Topic, aspects).Ranked;

    private static (TopicMatch? Topic, TopicMatch? Second, double Confidence, IReadOnlyList<SearchHit> LawHits, double Strength) Score(string query, KnowledgeBase kb, Vocabulary vocabulary, Tuning.TopicTuning t, AspectRules aspects)
    {
        var (scored, lawHits) = Candidates(query, kb, vocabulary, t, aspects);
        var best = scored.FirstOrDefault();
        if (best is null)
        {
            return (null, null, 0, lawHits, 0);
        }

        // Evidence: curated keywords, and BM25 strength per query term (long queries score higher by themselves).
        var terms = Math.Max(1, kb.Index.Terms(query).Count);
        var strength = best.Bm25 / Math.Sqrt(terms);
        var margin = scored.Count > 1 ? best.Score - scored[1].Score : best.Score;
        var confidence = Math.Clamp((t.ConfidenceKeyword * best.KeywordScore) + (t.ConfidenceStrength * strength) + (t.ConfidenceMargin * margin), 0, 1);
        // A second grievance for another channel needs keywords of its own (not one the first matter matched too):
        // strong ones, or — when the message says it has more than one matter (另外, 还有一件 …) — any, with strong
        // search evidence. Search alone names matters the writer never raised (a barking dog read as a demolition).
        var several = aspects.SaysSeveralMatters(query);
        var second = scored.Skip(1).Take(t.SecondWindow).FirstOrDefault(s =>
            s.Entry.Kind == EntryKind.Guide && best.Entry.Kind == EntryKind.Guide
            && Primary(s.Entry) != Primary(best.Entry)
            && s.MatchedKeywords.Any(k => !aspects.IsRemedy(k) && !best.MatchedKeywords.Any(b => b.Contains(k, StringComparison.Ordinal) || k.Contains(b, StringComparison.Ordinal)))
            && ((s.KeywordScore >= t.SecondKeywordScore && s.Score >= t.SecondScoreShare * best.Score)
                || (several && s.Bm25 >= t.SecondBm25Share * best.Bm25)));
        return (best, second, confidence, lawHits, strength);
    }

    private static (List<TopicMatch> Ranked, IReadOnlyList<SearchHit> LawHits) Candidates(string query, KnowledgeBase kb, Vocabulary vocabulary, Tuning.TopicTuning t, AspectRules aspects)
    {
        // Long messages are searched by their first characters and a bounded set of distinct terms.
        var searched = query.Length > t.MaxQueryChars ? query[..t.MaxQueryChars] : query;
        var hits = kb.Index.Search(searched, t.DocumentHits, maxTerms: t.MaxQueryTerms)
            .ToDictionary(h => h.Id, h => (double)h.Score, StringComparer.Ordinal);
        var lawHits = kb.Index.Search(searched, t.LawHits, EntryKind.Law, maxTerms: t.MaxQueryTerms);
        var canonical = vocabulary.CanonicalTerms(query).ToHashSet(StringComparer.Ordinal);
        var timeAsked = aspects.AsksTime(query);
        var maxBm25 = hits.Count == 0 ? 1 : hits.Values.Max();

        // Citation evidence: the law articles that best match the message vote for the entries that cite them.
        var topLaws = lawHits.Take(t.LawVotes).ToList();
        var maxLaw = topLaws.Count == 0 ? 1 : topLaws.Max(h => h.Score);
        var lawVote = topLaws.ToDictionary(h => h.Id, h => h.Score / maxLaw, StringComparer.Ordinal);

        var scored = new List<TopicMatch>();
        foreach (var entry in kb.Documents)
        {
            // A loop, not LINQ: this runs for every keyword of every guide and FAQ on every message.
            List<string>? found = null;
            foreach (var k in entry.Keywords)
            {
                if (k.Length > 0 && (canonical.Contains(k) || kb.HasKeyword(query, k, t.KeywordGap)))
                {
                    (found ??= []).Add(k);
                }
            }

            var bm25 = hits.GetValueOrDefault(entry.Id);
            if (found is null && bm25 == 0)
            {
                continue;
            }

            // A keyword inside a longer matched keyword (工资 in 拖欠工资) does not count twice.
            var matched = found is null ? [] : found.Where(k => !found.Any(o => o.Length > k.Length && o.Contains(k, StringComparison.Ordinal))).ToList();
            var keywordScore = matched.Sum(kb.KeywordWeight);
            var votes = entry.Cites.Sum(c => lawVote.GetValueOrDefault(c));
            if (keywordScore == 0 && bm25 == 0)
            {
                continue;
            }

            var score = (t.Bm25Weight * bm25 / maxBm25) + (t.KeywordWeight * keywordScore) + (t.VoteWeight * Math.Min(votes, t.MaxVotes));
            if (timeAsked && (entry.Deadlines.Count > 0 || entry.Text.Contains(aspects.TimeHeading, StringComparison.Ordinal)))
            {
                score += t.TimeBonus;
            }

            scored.Add(new TopicMatch(entry, score, bm25, matched) { KeywordScore = keywordScore });
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        return (scored, lawHits);
    }

    private static string? Primary(KnowledgeEntry entry) => entry.Channels.Count > 0 ? entry.Channels[0] : null;
}
