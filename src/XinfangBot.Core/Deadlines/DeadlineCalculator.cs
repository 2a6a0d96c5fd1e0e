namespace XinfangBot.Core.Deadlines;

/// <summary>
/// Answers only what was asked: a rule gives a date when the citizen asks about its procedure (or, for an implied rule
/// of the entry answering, names its event) AND a date in the message is that of its start event. A procedure asked
/// about without its date is said in words; several procedures each get their own date.
/// </summary>
public sealed partial class DeadlineCalculator(DeadlineRuleSet rules)
{
    private static readonly char[] ClauseEnds = ['，', '。', '；', '！', '？', ',', ';', '!', '?', '\n', '：', ':'];
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n'];
    private const int ReferBackClauses = 3;

    public DeadlinePlan Plan(string text, IReadOnlyList<string> topicRules, DateOnly clockToday)
    {
        var mentions = DateExtractor.Extract(text, clockToday, rules.Calendar);
        var today = mentions.FirstOrDefault(m => m.IsToday)?.Date ?? clockToday;
        var noDate = rules.NoDate.Where(n => n.Matches(text)).ToList();
        var replaced = noDate.Where(n => !n.UnlessDated).SelectMany(n => n.Replaces).ToHashSet(StringComparer.Ordinal);
        var events = mentions.Where(m => !m.IsToday && m.Date <= today).ToList();

        // Each rule's asks words are found once per message (they were looked up three times per rule).
        var askedWords = new Dictionary<DeadlineRule, HashSet<string>>(ReferenceEqualityComparer.Instance);
        HashSet<string> AskedWords(DeadlineRule rule, string text)
        {
            if (!askedWords.TryGetValue(rule, out var words))
            {
                askedWords[rule] = words = FindAskedWords(rule, text);
            }

            return words;
        }

        var eligible = rules.All.Where(r => !replaced.Contains(r.Id) && Eligible(r, text)).ToList();
        var asked = eligible.Where(r => AskedWords(r, text).Count > 0 || AskedWhenDated(r, text)).ToList();
        var implied = eligible.Where(r => r.Implied && (topicRules.Contains(r.Id) || r.AnyTopic) && !asked.Contains(r)).ToList();

        // Each rule's date, counted on through a period the message states or again from a later interruption it dates.
        List<DeadlineResult> Dated(List<DeadlineRule> candidates) =>
            Interrupted(Stated(Match(candidates, events, text, today), text, today), events, text, today);

        var computed = Dated(asked);
        var pending = new List<PendingDeadline>();
        // A procedure the message asks about that gets no date (a no-date rule) is the question: no other procedure is dated for it.
        if (computed.Count == 0 && noDate.Count == 0)
        {
            computed = Dated(implied);
        }

        // A no-date rule that stands back when dated: the rules it replaces keep only a date counted through the stated period.
        foreach (var n in noDate.Where(n => n.UnlessDated).ToList())
        {
            if (computed.Any(c => n.Replaces.Contains(c.Rule.Id) && c.Stated is not null))
            {
                noDate.Remove(n);
            }
            else
            {
                computed.RemoveAll(c => n.Replaces.Contains(c.Rule.Id));
                replaced.UnionWith(n.Replaces);
                asked.RemoveAll(r => n.Replaces.Contains(r.Id));
            }
        }

        // A period that has truly passed: the remedy its rule names, from the same event, while that one still runs.
        foreach (var gone in computed.Where(c => c.Passed && c.Rule.Instead is not null).ToList())
        {
            if (rules.Get(gone.Rule.Instead!) is { } instead && !replaced.Contains(instead.Id) && Eligible(instead, text)
                && computed.All(c => c.Rule.Id != instead.Id) && Result(instead, gone.Event, today) is { Passed: false } remaining)
            {
                computed.Add(remaining);
            }
        }

        // A procedure asked about without its date is said in words (the entry's own procedures, or one whose specific
        // event the message names, to stay short),
        // unless the words that ask for it asked for a procedure that got its date (起诉 → the one whose event is dated).
        // A rule dated through the words that ask for it only when dated (asks_dated: 仲裁 for the tribunal's 45 days) answered them too.
        var answered = computed.SelectMany(c => AskedWords(c.Rule, text).Concat(c.Rule.AsksDated.Where(a => text.Contains(a, StringComparison.Ordinal))))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var rule in asked.Where(r => AskedWords(r, text).Count > 0 && (topicRules.Contains(r.Id) || (r.AnyTopic && NamesEvent(r, text))) && computed.All(c => c.Rule.Id != r.Id) && !AskedWords(r, text).IsSubsetOf(answered)))
        {
            pending.Add(new PendingDeadline(rule, rule.Receipt && events.Any(e => IsSent(Clause(text, e)))));
        }

        // A time gone by told instead of the date (二审判决…已经半年多了): a rule that warns says its period may have run
        // (never that it has: the time told is approximate) or may be near its end.
        if (computed.Count == 0 && pending.Count > 0 && DateExtractor.ElapsedSince(text, today) is [var elapsed, ..])
        {
            for (var i = 0; i < pending.Count; i++)
            {
                var last = pending[i].Rule.LastDay(elapsed.Latest, rules.Calendar);
                if (pending[i].Rule.ElapsedWarns && last.DayNumber - today.DayNumber <= pending[i].Rule.ElapsedWarnDays)
                {
                    pending[i] = pending[i] with { Elapsed = elapsed.Words, ElapsedOver = last <= today };
                }
            }
        }

        // The citizen's own period still running leads; an organ's or employer's duty that has already lapsed follows it
        // (工伤保险条例第十七条: the worker's own year before the employer's passed 30 days).
        if (computed.Any(c => c.Rule.Kind == "limit" && !c.Passed))
        {
            computed = computed.OrderBy(c => c.Rule.Kind == "duty" && c.Passed ? 1 : 0).ToList();
        }

        // A day after today the event of a procedure asked about cannot have happened on: said, never counted from.
        var ahead = computed.Count == 0 && pending.Count > 0 ? DateExtractor.Ahead(text, clockToday, rules.Calendar) : [];
        return new DeadlinePlan(computed, pending, noDate, today) { Ahead = ahead };
    }

    /// <summary>
    /// The plan for a follow-up understood with the earlier turns (<paramref name="context"/>, latest first): when the
    /// message alone gives no date, the earlier turns supply what it continues. A date the follow-up gives replaces the
    /// one date of the earlier turns (a correction of the day the decision was received); otherwise the follow-up is read
    /// before the earlier turns (the day of a dismissal answers a question on the arbitration limit); a follow-up without a date continues them only when
    /// it asks about time; a follow-up's date that names no document of its own is read after the earlier turns that name it
    /// (我是12月1号拿到的 after a question on a 信访 answer). The merged plan is used only when it gives a date.
    /// </summary>
    public DeadlinePlan PlanFollowUp(string text, string? context, bool asksTime, IReadOnlyList<string> topicRules, DateOnly clockToday)
    {
        var own = Plan(text, topicRules, clockToday);
        if (string.IsNullOrWhiteSpace(context) || own.Computed.Count > 0)
        {
            return own;
        }

        var given = DateExtractor.Extract(text, clockToday, rules.Calendar).Where(m => !m.IsToday).ToList();
        if (given.Count == 0 && !asksTime)
        {
            return own;
        }

        var earlier = DateExtractor.Extract(context, clockToday, rules.Calendar).Where(m => !m.IsToday).ToList();
        var merged = given.Count > 0 && earlier.Count == 1
            ? context[..earlier[0].Index] + text.Substring(given[^1].Index, given[^1].Length) + context[(earlier[0].Index + earlier[0].Length)..] + "。" + text
            : given.Count > 0 ? text + "。" + context : context + "。" + text;
        var plan = Plan(merged, topicRules, clockToday);
        if (plan.Computed.Count == 0 && given.Count > 0 && earlier.Count != 1)
        {
            // A receipt date that names nothing (我是12月1号拿到的) refers back to the document of the earlier turns, which
            // must then come before it, in the same sentence.
            plan = Plan(context + "，" + text, topicRules, clockToday);
        }

        return plan.Computed.Count > 0 ? plan : own;
    }

    /// <summary>
    /// A rule with a stated period (判决生效之日起十日内履行) counts from that period's last day, when the date it took is the
    /// date of the period's own start (the clause of 2024年12月10日 says 生效 for 生效之日起); otherwise its date stays as is.
    /// </summary>
    private List<DeadlineResult> Stated(List<DeadlineResult> computed, string text, DateOnly today)
    {
        for (var i = 0; i < computed.Count; i++)
        {
            var c = computed[i];
            if (c.Rule.StatedPeriod is not { } pattern || !c.Event.DayKnown || c.Event.Part is not null)
            {
                continue;
            }

            System.Text.RegularExpressions.Match m;
            try
            {
                m = pattern.Match(text);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                continue;
            }

            if (!m.Success || !Text.ChineseNumber.TryParse(m.Groups["n"].Value.Replace('两', '二'), out var n) || n <= 0)
            {
                continue;
            }

            var received = rules.ServiceWords;
            var fromEffect = m.Groups["a"].Value is "生效" or "发生法律效力";
            IReadOnlyList<string> anchors = fromEffect ? ["生效", "发生法律效力"] : received;
            var clause = Clause(text, c.Event).Text;
            // A second-instance (final) judgment takes effect on service: "二审判决12月1号送达" dates its 生效 too.
            var effectiveOnService = fromEffect && rules.FinalJudgmentWords.Any(w => clause.Contains(w, StringComparison.Ordinal));
            if (!anchors.Any(a => clause.Contains(a, StringComparison.Ordinal)) && !(effectiveOnService && received.Any(a => clause.Contains(a, StringComparison.Ordinal))))
            {
                continue;
            }

            var end = m.Groups["u"].Value.Contains('月') ? c.Event.Date.AddMonths(n) : c.Event.Date.AddDays(n);
            computed[i] = Result(c.Rule, c.Event with { Date = end }, today) with { Stated = (m.Value, c.Event.Date) };
        }

        return computed;
    }

    /// <summary>
    /// A limit the message says was interrupted later (最后一次催是今年四月, 他去年10月还答应还): counted again from the latest
    /// such date after the event, the original count kept beside it.
    /// </summary>
    private List<DeadlineResult> Interrupted(List<DeadlineResult> computed, List<DateMention> events, string text, DateOnly today)
    {
        for (var i = 0; i < computed.Count; i++)
        {
            var c = computed[i];
            if (c.Rule.InterruptedBy.Count == 0)
            {
                continue;
            }

            var later = events
                .Where(e => e.Date > c.Event.LastPossibleDay && e != c.Event)
                .Where(e => c.Rule.InterruptedBy.Any(w => Clause(text, e).Text.Contains(w, StringComparison.Ordinal)))
                .OrderByDescending(e => e.Date)
                .FirstOrDefault();
            if (later is not null)
            {
                computed[i] = Result(c.Rule, later, today) with { Uninterrupted = c };
            }
        }

        return computed;
    }

    private static bool NamesEvent(DeadlineRule rule, string text) => rule.Event.Any(e => text.Contains(e, StringComparison.Ordinal));

    /// <summary>The first computed deadline of <see cref="Plan"/>, kept for callers that want one date.</summary>
    public DeadlineResult? Compute(string text, IReadOnlyList<string> topicRules, DateOnly clockToday) =>
        Plan(text, topicRules, clockToday).Computed is { Count: > 0 } c ? c[0] : null;

    /// <summary>Words that ask about the rule only together with a dated start event (赔偿 for the limitation): they
    /// give a date, never a period said in words.</summary>
    private static bool AskedWhenDated(DeadlineRule rule, string text) => rule.AsksDated.Any(a => text.Contains(a, StringComparison.Ordinal));

    /// <summary>The rule's asks words in the text, not counting those inside an event's name (复查 in 复查意见).
    /// A word the text does not hold is not looked for again in the stripped text: replacing event names by "·"
    /// only removes text, so it cannot make a word without "·" appear.</summary>
    private HashSet<string> FindAskedWords(DeadlineRule rule, string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in rule.Asks)
        {
            if ((text.Contains(a, StringComparison.Ordinal) || a.Contains('·', StringComparison.Ordinal)) && Strip(text, a).Contains(a, StringComparison.Ordinal))
            {
                found.Add(a);
            }
        }

        return found;
    }

    private string Strip(string text, string word)
    {
        foreach (var name in NamesHolding(word))
        {
            text = text.Replace(name, "·", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The event names longer than <paramref name="word"/> that hold it, longest first; found once per word
    /// (the rules do not change while this calculator lives).</summary>
    private string[] NamesHolding(string word) =>
        _namesHolding.GetOrAdd(word, w => [.. EventNames.Where(e => e.Length > w.Length && e.Contains(w, StringComparison.Ordinal))]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _namesHolding = new(StringComparer.Ordinal);

    private IReadOnlyList<string> EventNames => _eventNames ??= [.. rules.All.SelectMany(r => r.Event).Distinct(StringComparer.Ordinal).OrderByDescending(e => e.Length)];

    private IReadOnlyList<string>? _eventNames;

    private static bool Eligible(DeadlineRule rule, string text) =>
        !(rule.Unless.Any(u => Affirmed(text, u)) && !rule.UnlessExcept.Any(u => text.Contains(u, StringComparison.Ordinal)))
        && NoneOrAnyIn(rule.Requires, text)
        && NoneOrAnyIn(rule.RequiresAlso, text);

    /// <summary>The condition is unset (no words) or one of its words is in the text.</summary>
    private static bool NoneOrAnyIn(IReadOnlyList<string> words, string text) =>
        words.Count == 0 || words.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>The word is in the text once at least without 没/未 just before it: 到现在都没有复议决定 names no 复议决定.</summary>
    private static bool Affirmed(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(Math.Max(0, at - 4), Math.Min(4, at));
            if (before.IndexOfAny('没', '未') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each rule's date: the mention whose clause names the rule's event most specifically (the longest
    /// event word; a mention goes to the rules naming it most specifically), nearest first.</summary>
    private List<DeadlineResult> Match(List<DeadlineRule> candidates, List<DateMention> events, string text, DateOnly today)
    {
        var scored = new List<(DeadlineRule Rule, DateMention Mention, int Length, int Distance, bool Preferred)>();
        // Mentions whose clause names a rule's event, even when that date is not the start (作出, 宣判): a later receipt
        // without the event's name refers back to them.
        var named = new List<(DeadlineRule Rule, DateMention Mention, int Length, bool Received)>();
        // Mentions of a rule's event by the date the document bears (落款): a later service or learning refers to them.
        var documentDated = new List<(DeadlineRule Rule, DateMention Mention, int Length)>();
        // Due days of a debt paid in installments: the latest is the start (民法典第一百八十九条).
        var installments = new List<(DeadlineRule Rule, DateMention Mention)>();
        var sameDay = rules.SameDayWords.Any(w => text.Contains(w, StringComparison.Ordinal));
        foreach (var mention in events)
        {
            var clause = Clause(text, mention);
            var before = ReferBack(clause.Text) || ReceivedNothingNamed(text, mention) ? ClausesBefore(text, clause.Start) : [];
            foreach (var rule in candidates)
            {
                var best = BestEvent(rule, clause, mention);
                var eventClause = clause;
                // "我在超市滑倒摔断了手腕，是3月10日的事": the date's clause names no event and refers back to the nearest clause
                // before it in the same sentence that does ("街道作出了处理意见书，不支持我的请求，我是11月20日收到的").
                foreach (var previous in before)
                {
                    if (best.Word is not null)
                    {
                        break;
                    }

                    if (BestEvent(rule, previous, mention) is { Word: not null } back)
                    {
                        best = back;
                        eventClause = previous;
                    }
                }

                // "3月2号那天我在车间上班，被机器压伤了手": a date clause that only sets the scene names its event in the next
                // clause of the same sentence, when that clause tells no date of its own.
                // "10月9日递交了仲裁申请，当场就受理了": so does a next clause that says it happened that same day.
                if (best.Word is null && ClauseAfter(text, clause) is { } after && (Scene(clause.Text) || SameDayNext(after.Text))
                    && !events.Any(e => e.Index >= after.Start && e.Index < after.Start + after.Text.Length)
                    && BestEvent(rule, after, mention) is { Word: not null } forward)
                {
                    best = forward;
                    eventClause = after;
                }

                if (best.Word is not null)
                {
                    named.Add((rule, mention, best.Word.Length, rule.Prefer.Any(w => clause.Text.Contains(w, StringComparison.Ordinal))));
                }

                if (rule.Receipt && IsSent(clause))
                {
                    // Sent and, the message says, received that same day: the date is the receipt's.
                    if (sameDay)
                    {
                        scored.Add((rule, mention, 2, 0, false));
                    }

                    continue;
                }

                // "判决书11月20日宣判、11月26日才送到我手上": each date is read with its own part of the clause.
                var own = Enumerated(clause, mention);
                if (rule.NotFrom.Any(w => own.Contains(w, StringComparison.Ordinal))
                    && !rule.NotFromUnless.Any(w => own.Contains(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                // "还了一部分" (not_from above) is a part payment, not an installment's due day.
                if (rule.Installments.Count > 0 && InstallmentDue(rule, text, clause, best.Word))
                {
                    installments.Add((rule, mention));
                    continue;
                }

                if ((!rule.DocumentDateCounts || rule.ServiceCounts) && IsDocumentDate(clause.Text))
                {
                    // "判决书上写的日期是11月30日": the date the paper bears; no period runs from it (a later 送达 or 知道 does).
                    // A rule whose document takes effect on service keeps it only while no later service is told.
                    if (best.Word is not null)
                    {
                        documentDated.Add((rule, mention, best.Word.Length));
                    }

                    if (!rule.DocumentDateCounts)
                    {
                        continue;
                    }
                }

                if (best.Word is null && documentDated.LastOrDefault(o => o.Rule == rule && o.Mention.Index < mention.Index) is { Rule: not null } paper
                    && rules.DocumentReceiptWords.Any(w => clause.Text.Contains(w, StringComparison.Ordinal))
                    && text.AsSpan(paper.Mention.Index, mention.Index - paper.Mention.Index).IndexOfAny("。！？\n") < 0)
                {
                    // "…落款是11月30日，法院12月2日才送到我手上": the service of the document just dated.
                    scored.Add((rule, mention, paper.Length, 0, true));
                    continue;
                }

                var preferred = rule.Prefer.Any(w => clause.Text.Contains(w, StringComparison.Ordinal));
                if (best.Word is not null)
                {
                    scored.Add((rule, mention, best.Word.Length, Distance(best.At + eventClause.Start, best.Word.Length, mention), preferred));
                }
                else if (preferred && named.LastOrDefault(o => o.Rule == rule && o.Mention.Index < mention.Index) is { Rule: not null, Received: false } antecedent
                    && text.AsSpan(antecedent.Mention.Index, mention.Index - antecedent.Mention.Index).IndexOfAny("。！？\n") < 0)
                {
                    // "…11月20日作出了决定书，我11月23日才收到": a receipt without the event's name refers to the event just named,
                    // unless that event was named as received ("9月25日收到处理意见书，…市局10月9日签收了" is another receipt).
                    scored.Add((rule, mention, antecedent.Length, 0, true));
                }
            }
        }

        var results = new List<DeadlineResult>();
        foreach (var rule in candidates)
        {
            if (installments.Where(i => i.Rule == rule).Select(i => i.Mention).MaxBy(m => m.Date) is { } lastInstallment)
            {
                results.Add(Result(rule, lastInstallment, today));
                continue;
            }

            var pick = scored
                .Where(s => s.Rule == rule && s.Length == scored.Where(o => o.Mention == s.Mention).Max(o => o.Length))
                .OrderByDescending(s => s.Preferred)
                .ThenByDescending(s => s.Length)
                .ThenByDescending(s => s.Mention.DayKnown) // the same event dated to the day beats a month (从9月起)
                .ThenBy(s => s.Distance)
                .Select(s => s.Mention)
                .FirstOrDefault();
            if (pick is not null)
            {
                results.Add(Result(rule, pick, today));
            }
        }

        return results;
    }

    /// <summary>The date is an installment's due day: the message says the debt is paid in installments and the date's
    /// clause names the due event, an installment, or follows the clause that does ("约定分四期还：2月15号、4月15号…各还3万").</summary>
    private static bool InstallmentDue(DeadlineRule rule, string text, (string Text, int Start) clause, string? eventWord)
    {
        if (!rule.Installments.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        return eventWord is not null
            || rule.Installments.Any(w => clause.Text.Contains(w, StringComparison.Ordinal))
            || ClausesBefore(text, clause.Start).FirstOrDefault() is { Text: { } previous } && rule.Installments.Any(w => previous.Contains(w, StringComparison.Ordinal));
    }

    private static (string? Word, int At) BestEvent(DeadlineRule rule, (string Text, int Start) clause, DateMention mention) =>
        rule.Event
            .Select(w => (Word: w, At: AffirmedAt(clause.Text, w)))
            .Where(x => x.At >= 0)
            .OrderByDescending(x => x.Word.Length)
            .ThenBy(x => Distance(x.At + clause.Start, x.Word.Length, mention))
            .Select(x => ((string?)x.Word, x.At))
            .FirstOrDefault();

    /// <summary>Where <paramref name="word"/> names its event in the clause, or -1: an event refused (不予立案, 不受理,
    /// 没有立案) is not the event itself, so 立案 inside 不予立案通知书 starts no period counted from a 立案 — a rule whose
    /// event is the refusal names it whole.</summary>
    private static int AffirmedAt(string clause, string word)
    {
        for (var at = clause.IndexOf(word, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!RefusedBefore(clause.AsSpan(0, at)))
            {
                return at;
            }
        }

        return -1;
    }

    private static readonly string[] Refusals = ["不予", "不给", "不", "没有", "没给", "没", "未", "拒绝", "拒不"];

    private static bool RefusedBefore(ReadOnlySpan<char> before)
    {
        foreach (var refusal in Refusals)
        {
            if (before.EndsWith(refusal, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private DeadlineResult Result(DeadlineRule rule, DateMention mention, DateOnly today)
    {
        var calendar = rules.Calendar;
        // A month-only date: a limit counts from the month's first day (the safe side), a duty from its last day.
        var start = mention.DayKnown || rule.Kind != "duty" ? mention.Date : mention.LastPossibleDay;
        var raw = rule.RawLastDay(start);
        var last = rule.LastDay(start, calendar);
        var latest = rule.LastDay(mention.LastPossibleDay, calendar);
        var firstYear = rule.WorkingDays > 0 ? start.Year : raw.Year;
        // The extended last day is a date the answer states too: its year must be on file as well.
        var extended = rule.ExtendedLastDay(start, calendar);
        var lastYear = Math.Max(last.Year, extended?.Year ?? last.Year);
        var known = Enumerable.Range(firstYear, lastYear - firstYear + 1).All(calendar.Knows);
        return new DeadlineResult(rule, mention, start, raw, last, extended, today, known, latest)
        {
            // A citizen's limit: 民法典第二百零三条 moves a last day off every 法定休假日, not only weekends; without the year's notice the true
            // last day may be later than the one counted (the safe side for acting), but never "passed" before it.
            // An organ's duty likewise: it is not called late before an unlisted holiday could have moved its last day.
            HolidayLatest = Enumerable.Range(firstYear, last.Year - firstYear + 1).All(calendar.Knows) ? null : latest.AddDays(calendar.LongestRestRun),
        };
    }

    /// <summary>The part of the clause between enumeration commas (、) that holds the date; the whole clause when it has none
    /// or when the part holds the date alone.</summary>
    private static string Enumerated((string Text, int Start) clause, DateMention mention)
    {
        var at = mention.Index - clause.Start;
        if (at < 0 || at > clause.Text.Length || clause.Text.IndexOf('、', StringComparison.Ordinal) < 0)
        {
            return clause.Text;
        }

        var from = at == 0 ? 0 : clause.Text.LastIndexOf('、', at - 1) + 1;
        var to = clause.Text.IndexOf('、', Math.Min(clause.Text.Length, at + mention.Length));
        var part = clause.Text[from..(to < 0 ? clause.Text.Length : to)];
        return part.Length - mention.Length <= 1 ? clause.Text : part;
    }

    private bool IsDocumentDate(string clause) =>
        rules.DocumentDateWords.Any(w => clause.Contains(w, StringComparison.Ordinal))
        && !rules.DocumentReceiptWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    private bool Scene(string clause) => rules.SceneWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    private bool SameDayNext(string clause) => rules.SameDayNextWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    /// <summary>The clause after <paramref name="clause"/> in the same sentence, if any.</summary>
    private static (string Text, int Start)? ClauseAfter(string text, (string Text, int Start) clause)
    {
        var end = clause.Start + clause.Text.Length;
        if (end >= text.Length || Array.IndexOf(SentenceEnds, text[end]) >= 0)
        {
            return null;
        }

        var next = text.IndexOfAny(ClauseEnds, end + 1);
        next = next < 0 ? text.Length : next;
        return next > end + 1 ? (text[(end + 1)..next], end + 1) : null;
    }

    private bool ReferBack(string clause) => rules.ReferBackWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    /// <summary>The date's clause names nothing besides the writer and a verb of receipt (我11月2日收到，…; not
    /// 判决书9月10日才收到, which names what came).</summary>
    private bool ReceivedNothingNamed(string text, DateMention mention)
    {
        var start = mention.Index == 0 ? 0 : text.LastIndexOfAny(ClauseEnds, mention.Index - 1) + 1;
        var lead = text.AsSpan(start, mention.Index - start).Trim();
        if (lead.Length > 2 || (lead.Length > 0 && lead[0] is not ('我' or '是')))
        {
            return false;
        }

        var from = mention.Index + mention.Length;
        var end = text.IndexOfAny(ClauseEnds, from);
        var rest = text.AsSpan(from, (end < 0 ? text.Length : end) - from).Trim();
        foreach (var ending in rules.ReferBackEndings)
        {
            if (rest.Length <= ending.Length + 1 && rest.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clauses before the one starting at <paramref name="start"/> in the same sentence, nearest first (at
    /// most <see cref="ReferBackClauses"/>).</summary>
    private static List<(string Text, int Start)> ClausesBefore(string text, int start)
    {
        var clauses = new List<(string Text, int Start)>();
        while (start >= 2 && clauses.Count < ReferBackClauses && Array.IndexOf(SentenceEnds, text[start - 1]) < 0)
        {
            var from = text.LastIndexOfAny(ClauseEnds, start - 2) + 1;
            clauses.Add((text[from..(start - 1)], from));
            start = from;
        }

        return clauses;
    }

    private bool IsSent((string Text, int Start) clause) =>
        rules.SentWords.Any(w => clause.Text.Contains(w, StringComparison.Ordinal))
        && !clause.Text.Contains("签收", StringComparison.Ordinal) && !clause.Text.Contains("确认", StringComparison.Ordinal)
        && !ReceivedWhatWasSent(clause.Text);

    /// <summary>"复议机关12月2日收到我寄的复议申请": the date is the receipt of what was sent (收到 before the word of sending).</summary>
    private bool ReceivedWhatWasSent(string clause)
    {
        var received = clause.IndexOf("收到", StringComparison.Ordinal);
        return received >= 0 && rules.SentWords.Select(w => clause.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).All(i => i > received);
    }

    private static int Distance(int at, int length, DateMention m) =>
        at >= m.Index + m.Length ? at - (m.Index + m.Length) : Math.Max(0, m.Index - (at + length));

    /// <summary>The clause around a date; a clause holding little besides the date runs on into the next one.</summary>
    private static (string Text, int Start) Clause(string text, DateMention m)
    {
        var start = text.LastIndexOfAny(ClauseEnds, Math.Max(0, m.Index - 1)) + 1;
        if (m.Index == 0)
        {
            start = 0;
        }

        var end = text.IndexOfAny(ClauseEnds, m.Index + m.Length);
        end = end < 0 ? text.Length : end;
        // A clause holding little besides the date, or followed by one about "that same day", runs on into the next.
        var next = end < text.Length ? text.IndexOfAny(ClauseEnds, end + 1) : -1;
        var nextText = end < text.Length ? text[(end + 1)..(next < 0 ? text.Length : next)] : string.Empty;
        if ((Residual(text, start, end, m) <= 3 || SameDay().IsMatch(nextText)) && end < text.Length)
        {
            end = next < 0 ? text.Length : next;
            // "1月23号，快过年那会儿，公司把我辞退了": a clause run on to that still tells only when runs on once more.
            if (Residual(text, start, end, m) <= 3 && end < text.Length && Array.IndexOf(SentenceEnds, text[end]) < 0)
            {
                next = text.IndexOfAny(ClauseEnds, end + 1);
                end = next < 0 ? text.Length : next;
            }
        }

        return (text[start..end], start);
    }

    /// <summary>How many characters the clause holds besides the date and the words that only say when (国庆放假期间,
    /// 那天上午, 左右): "国庆放假期间10月5号，镇政府贴了…决定" names its event in the next clause.</summary>
    private static int Residual(string text, int start, int end, DateMention m)
    {
        var rest = text[start..m.Index] + text[(m.Index + m.Length)..end];
        foreach (var w in TimeWords)
        {
            rest = rest.Replace(w, string.Empty, StringComparison.Ordinal);
        }

        return rest.Trim().Trim(ClauseEnds).Trim().Length;
    }

    // Longest first: a word holding a shorter one goes before it.
    private static readonly string[] TimeWords =
        [.. new[] { "放假期间", "假期期间", "那会儿", "那阵子", "那段时间", "快过年", "年底", "年初", "月底", "月初", "放假那几天", "放假那天", "放假的时候", "假期里", "期间", "那几天", "那一天", "那天", "当天", "的时候",
            "上午", "下午", "早上", "中午", "晚上", "傍晚", "凌晨", "左右", "前后", "大概", "大约", "差不多",
            "国庆节", "国庆", "春节", "过年", "五一", "劳动节", "中秋节", "中秋", "元旦", "端午节", "端午", "清明节", "清明", "放假", "假期", "长假", "节日" }
            .OrderByDescending(w => w.Length)];

    [System.Text.RegularExpressions.GeneratedRegex("^[^，。；！？]{0,6}(当天|当日|同一天|同日|当庭)")]
    private static partial System.Text.RegularExpressions.Regex SameDay();
}
