using System.Globalization;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Text;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Answering;

/// <summary>
/// Builds the answer for an understood topic from the knowledge base alone, following the answer anatomy:
/// conclusion, computed dates, steps, basis with short verbatim quotes, a reminder, a second issue, the disclaimer.
/// </summary>
public sealed class OfflineComposer(RuleBook rules)
{
    private static readonly char[] ClauseEnds = ['。', '！', '？', '!', '?', '；', ';', '\n', '，', ','];

    private AnswerTemplates T => rules.Templates;

    public ComposedAnswer Compose(UnderstoodMessage understanding, KnowledgeBase kb, DeadlinePlan? plan, bool truncated)
    {
        var topic = understanding.Topic!.Entry;
        var body = BodySections.Parse(topic.Text);
        var sections = new List<AnswerSection>();
        var citations = CitationRanker.Rank(topic, understanding, kb, rules.Tuning, rules.Aspects).ToList();
        var composing = rules.Composing;
        var timeAsked = understanding.Aspect.HasFlag(Aspect.Time);
        var maxSteps = rules.Tuning.Answer.MaxSteps;

        var conclusion = new List<string>();
        if (truncated)
        {
            conclusion.Add(T.Truncated);
        }

        conclusion.Add(topic.Summary ?? topic.Title);
        sections.Add(new AnswerSection(SectionKind.Conclusion, null, conclusion));

        var timeLines = new List<string>();
        List<(string Line, bool Computed)>? dateLines = null;
        var dated = plan is { IsEmpty: false };
        var extraCites = new List<string>();
        if (dated)
        {
            (dateLines, var cites) = DeadlineLines.Render(plan!, kb, T.Deadline, rules.Deadlines);
            // The article stating each computed period (or the answer to a question that gets no date) comes first.
            var first = plan!.NoDate.Select(n => n.Cite).Concat(plan.Computed.Select(c => c.Rule.Cite)).Concat(plan.InWords.Select(p => p.Rule.Cite)).Distinct().Reverse();
            foreach (var cite in first)
            {
                citations.Remove(cite);
                citations.Insert(0, cite);
            }

            extraCites.AddRange(cites);
        }
        else if (timeAsked)
        {
            timeLines.AddRange(Relevant(Items(body, rules.Aspects.TimeSection), understanding, kb, composing, rules.Tuning.Answer.TimeLinesAsked));
            if (topic.Deadlines.Count > 0 && (composing.AsksLimit(understanding.Query) || !composing.AsksProcessing(understanding.Query)))
            {
                timeLines.Add(T.Deadline.AskDate);
            }
        }

        var steps = Items(body, composing.StepsSection)
            .Where((_, index) => Serves(topic, index + 1, understanding.Query, kb))
            .Take(timeAsked ? maxSteps - 1 : maxSteps)
            .ToList();
        // A follow-up asking for one part of the matter just answered (its materials, its periods) gets that part, not
        // the whole guide again: the steps were in the answer before.
        var partOnly = understanding.UsedHistory
            && ((understanding.Aspect.HasFlag(Aspect.Materials) && Items(body, rules.Aspects.MaterialsSection).Any())
                || (timeAsked && (dated || timeLines.Count > 0)));
        if (partOnly)
        {
            steps.Clear();
        }
        if (!timeAsked && !dated)
        {
            timeLines.AddRange(Relevant(Items(body, rules.Aspects.TimeSection), understanding, kb, composing, rules.Tuning.Answer.TimeLines));
        }

        if (timeAsked || dated)
        {
            if (dateLines is not null)
            {
                // The engine's own lines: periods from rules checked against their articles, dates and days left computed.
                sections.Add(new AnswerSection(SectionKind.Deadline, T.Heading("deadline"), dateLines.Select(l => l.Line).ToList(), Computed: true));
            }
            else
            {
                sections.Add(new AnswerSection(SectionKind.Deadline, T.Heading("deadline"), timeLines));
            }

            sections.Add(new AnswerSection(SectionKind.Steps, T.Heading("steps"), steps));
        }
        else
        {
            sections.Add(new AnswerSection(SectionKind.Steps, T.Heading("steps"), steps));
            sections.Add(new AnswerSection(SectionKind.Deadline, T.Heading("deadline"), timeLines));
        }

        if (understanding.Aspect.HasFlag(Aspect.Materials))
        {
            sections.Add(new AnswerSection(SectionKind.Note, T.Heading("materials"), Items(body, rules.Aspects.MaterialsSection).Take(rules.Tuning.Answer.MaterialsLines).ToList()));
        }

        var channels = topic.Channels.ToList();
        if (understanding.Second is { } second)
        {
            // A FAQ named beside the answer is a rule to know (its title is a question): its summary says it.
            var also = second.Entry.Kind == EntryKind.Faq && !string.IsNullOrWhiteSpace(second.Entry.Summary)
                ? second.Entry.Summary
                : Fill(T.Also, ("title", composing.ShortTitle(second.Entry.Title)), ("summary", second.Entry.Summary ?? string.Empty));
            sections.Add(new AnswerSection(SectionKind.Also, T.Heading("also"), [also]));
            channels.AddRange(second.Entry.Channels.Take(1).Where(c => !channels.Contains(c)));
            // The second issue's summary is backed by its first cite and by any cite stating a period the summary states.
            var summaryPeriods = PeriodFinder.Find(second.Entry.Summary ?? string.Empty);
            citations.AddRange(second.Entry.Cites
                .Where((c, i) => i == 0 || (kb.Get(c) is { } a && kb.PeriodsOf(a).Overlaps(summaryPeriods)))
                .Where(c => !citations.Contains(c) && kb.Exists(c)));
            // A message that says it holds several matters (另外, 还有一件 …), or whose clause told as one more thing is a
            // grievance of another kind, shares the first citations: the first matter's leading articles, then the article
            // governing the second (its lead for the step the message asks about, else its first). A second matter search merely
            // found beside one story is named, not cited first.
            if (rules.Aspects.SaysSeveralMatters(understanding.Query) || second is { Score: 0, Entry.Kind: EntryKind.Guide }
                || understanding.Query.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Any(rules.Aspects.AddsMatter))
            {
                ShareLead(citations, CitationRanker.Governing(second.Entry, understanding, kb, rules.Tuning.Topic.KeywordGap), kb);
            }
        }

        citations.AddRange(extraCites.Where(c => !citations.Contains(c)));

        // The articles that count periods (民法典第二百零一至二百零三条 …) are cited, not quoted as the basis.
        var counting = rules.Deadlines.CountingArticles;
        var basis = citations.Where(c => kb.Get(c)?.Kind == EntryKind.Law && !counting.Contains(c)).Take(rules.Tuning.Answer.MaxBasis)
            .Select(c => Fill(T.BasisLine, ("name", kb.Get(c)!.Title), ("quote", QuoteSelector.Select(kb.Get(c)!, QuotingEntry(c, topic, understanding.Second?.Entry), rules.Tuning.Answer.QuoteMaxChars, rules.Tuning.Answer.QuoteMinCut))))
            .ToList();
        sections.Add(new AnswerSection(SectionKind.Basis, T.Heading("basis"), basis));
        sections.Add(new AnswerSection(SectionKind.Reminder, T.Heading("reminder"), Items(body, composing.ReminderSection).Take(1).ToList()));

        // 找谁: the contact line of the channel leading the answer (and a second matter's), right under the steps.
        var leading = channels.Take(1).Concat(understanding.Second?.Entry.Channels.Take(1) ?? []).ToList();
        var contact = ContactLines.For(leading, sections.SelectMany(s => s.Lines), rules.Channels, T.ChannelLine);
        if (contact.Count > 0)
        {
            sections.Insert(sections.FindIndex(s => s.Kind == SectionKind.Steps) + 1, new AnswerSection(SectionKind.Contact, T.Heading("contact"), contact));
        }

        citations = ReliedOn(citations, sections, topic, [.. extraCites, .. citations.Where(c => understanding.Second?.Entry.Cites.Contains(c) == true)], kb);
        citations.Add(topic.Id);
        return new ComposedAnswer(sections, citations.Distinct(StringComparer.Ordinal).Where(kb.Exists).ToList(), channels, topic.Followups);
    }

    /// <summary>
    /// What the answer cites (DESIGN, answer anatomy: what is quoted and relied on), in the ranked order: the first
    /// <c>answer.max_cited_laws</c> law articles (the quoted ones among them), the articles a date line rests on or a
    /// second matter adds, and every further article that states a period a shown line states or that a shown line
    /// names — not the rest of the topic's list. Guides and FAQs stay.
    /// </summary>
    private List<string> ReliedOn(List<string> citations, List<AnswerSection> sections, KnowledgeEntry topic, IReadOnlyCollection<string> kept, KnowledgeBase kb)
    {
        var shown = sections.Where(s => s.Kind != SectionKind.Basis).SelectMany(s => s.Lines).ToList();
        var periods = shown.SelectMany(PeriodFinder.Find).ToHashSet();
        var named = CitedLines.NamedIn(shown, topic, kb);
        var laws = 0;
        var relied = new List<string>();
        foreach (var id in citations)
        {
            if (kb.Get(id) is not { Kind: EntryKind.Law } article)
            {
                relied.Add(id);
                continue;
            }

            if (laws < rules.Tuning.Answer.MaxCitedLaws || kept.Contains(id) || named.Contains(id) || kb.PeriodsOf(article).Overlaps(periods))
            {
                relied.Add(id);
                laws++;
            }
        }

        return relied;
    }

    /// <summary>
    /// Moves the second matter's best article (the first of <paramref name="secondRanked"/> that is a law article) to the
    /// place <c>answer.second_matter_cite_place</c> among the answer's law articles, unless it is already before it.
    /// </summary>
    private void ShareLead(List<string> citations, IReadOnlyList<string> secondRanked, KnowledgeBase kb)
    {
        var lead = secondRanked.FirstOrDefault(c => kb.Get(c)?.Kind == EntryKind.Law && !rules.Deadlines.CountingArticles.Contains(c));
        var place = rules.Tuning.Answer.SecondMatterCitePlace;
        if (lead is null)
        {
            return;
        }

        var laws = citations.Where(c => kb.Get(c)?.Kind == EntryKind.Law).ToList();
        var at = laws.IndexOf(lead);
        if (at >= 0 && at <= place)
        {
            return;
        }

        citations.Remove(lead);
        var others = laws.Where(c => c != lead).ToList();
        var index = place < others.Count ? citations.IndexOf(others[place]) : citations.Count;
        citations.Insert(index, lead);
    }

    /// <summary>The entry whose curated quote of an article is shown: the answer's topic's, else the second matter's.</summary>
    private static KnowledgeEntry QuotingEntry(string cite, KnowledgeEntry topic, KnowledgeEntry? second) =>
        topic.Quotes.ContainsKey(cite) || second is null ? topic : second;

    /// <summary>M月D日, with the year when it is not the current one (CONTRACTS §5).</summary>
    public static string DateText(DateOnly date, DateOnly today, bool dayKnown = true) => DeadlineLines.DateText(date, today, dayKnown);

    /// <summary>
    /// The <paramref name="count"/> lines that share most words with the question (ties keep the staff's order), so
    /// "劳动仲裁要多久" gets the arbitration period rather than the first line of the section.
    /// </summary>
    private IEnumerable<string> Relevant(IEnumerable<string> lines, UnderstoodMessage understanding, KnowledgeBase kb, ComposingRules composing, int count)
    {
        var terms = kb.Index.Terms(understanding.Query).Where(t => t.Length >= 2).Distinct().ToList();
        var processing = composing.AsksProcessing(understanding.Query);
        var limit = composing.AsksLimit(understanding.Query);
        var bonus = rules.Tuning.Answer.LineAspectBonus;
        return lines
            .Select((line, index) => (line, index, hits: terms.Count(t => line.Contains(t, StringComparison.Ordinal))
                + (processing && composing.IsProcessingLine(line) ? bonus : 0)
                + (limit && composing.IsLimitLine(line) ? bonus : 0)))
            .OrderByDescending(x => x.hits)
            .ThenBy(x => x.index)
            .Take(count)
            .OrderBy(x => x.index)
            .Select(x => x.line);
    }

    /// <summary>Whether step <paramref name="step"/> applies: it serves every situation, or the message names its own.</summary>
    private bool Serves(KnowledgeEntry topic, int step, string query, KnowledgeBase kb) =>
        topic.Situations.All(s => s.Step != step)
        || topic.Situations.Any(s => s.Step == step && s.When.Any(w => kb.HasLeadWord(query, w, rules.Tuning.Topic.KeywordGap)));

    private static IEnumerable<string> Items(IReadOnlyDictionary<string, IReadOnlyList<string>> body, string heading) =>
        body.TryGetValue(heading, out var items) ? items : [];

    public static string Fill(string template, params (string Key, string Value)[] values)
    {
        var text = template;
        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
