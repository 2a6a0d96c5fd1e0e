using System.Globalization;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Routing;

namespace XinfangBot.Core.Answering;

/// <summary>
/// Builds the answer for an understood topic from the knowledge base alone, following the answer anatomy:
/// conclusion, computed dates, steps, basis with short verbatim quotes, a reminder, a second issue, the disclaimer.
/// </summary>
public sealed partial class OfflineComposer(RuleBook rules)
{
    public const string CountingRule = "minfadian-zongze#201";
    public const string HolidayRule = "minfadian-zongze#203";

    private AnswerTemplates T => rules.Templates;

    public ComposedAnswer Compose(Understanding understanding, KnowledgeBase kb, DeadlineResult? deadline, bool truncated)
    {
        var topic = understanding.Topic!.Entry;
        var body = BodySections.Parse(topic.Text);
        var sections = new List<AnswerSection>();
        var citations = CitationRanker.Rank(topic, understanding, kb, rules.Tuning).ToList();
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
        List<string>? computed = null;
        if (deadline is not null)
        {
            (timeLines, computed) = DeadlineLines(deadline, kb);
            citations.Remove(deadline.Rule.Cite);
            citations.Insert(0, deadline.Rule.Cite);
        }
        else if (timeAsked)
        {
            timeLines.AddRange(Relevant(Items(body, "时限"), understanding, kb, 2));
            if (topic.Deadlines.Count > 0 && (LimitQuestion().IsMatch(understanding.Query) || !ProcessingQuestion().IsMatch(understanding.Query)))
            {
                timeLines.Add(T.Deadline.AskDate);
            }
        }

        var steps = Items(body, "怎么办").Take(timeAsked ? maxSteps - 1 : maxSteps).ToList();
        if (!timeAsked && deadline is null)
        {
            timeLines.AddRange(Relevant(Items(body, "时限"), understanding, kb, 1));
        }

        if (timeAsked || deadline is not null)
        {
            if (computed is not null)
            {
                sections.Add(new AnswerSection(SectionKind.Deadline, T.Heading("deadline"), timeLines.Take(1).ToList()));
                sections.Add(new AnswerSection(SectionKind.Deadline, null, computed, Computed: true));
                sections.Add(new AnswerSection(SectionKind.Deadline, null, timeLines.Skip(1).ToList()));
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
            sections.Add(new AnswerSection(SectionKind.Note, "准备材料", Items(body, "准备材料").Take(3).ToList()));
        }

        var channels = topic.Channels.ToList();
        if (understanding.Second is { } second)
        {
            sections.Add(new AnswerSection(SectionKind.Also, T.Heading("also"), [Fill(T.Also, ("title", ShortTitle(second.Entry.Title)), ("summary", second.Entry.Summary ?? string.Empty))]));
            channels.AddRange(second.Entry.Channels.Take(1).Where(c => !channels.Contains(c)));
            // The second issue's summary is backed by its first cite and by any cite stating a period the summary states.
            var summaryPeriods = PeriodFinder.Find(second.Entry.Summary ?? string.Empty);
            citations.AddRange(second.Entry.Cites
                .Where((c, i) => i == 0 || (kb.Get(c) is { } a && kb.PeriodsOf(a).Overlaps(summaryPeriods)))
                .Where(c => !citations.Contains(c) && kb.Exists(c)));
        }

        if (deadline is not null)
        {
            citations.Add(CountingRule);
            citations.Add(HolidayRule);
        }

        var basis = citations.Where(c => kb.Get(c)?.Kind == EntryKind.Law && c != CountingRule && c != HolidayRule).Take(rules.Tuning.Answer.MaxBasis)
            .Select(c => Fill(T.BasisLine, ("name", kb.Get(c)!.Title), ("quote", QuoteSelector.Select(kb.Get(c)!, topic))))
            .ToList();
        sections.Add(new AnswerSection(SectionKind.Basis, T.Heading("basis"), basis));
        sections.Add(new AnswerSection(SectionKind.Reminder, T.Heading("reminder"), Items(body, "提醒").Take(1).ToList()));

        citations.Add(topic.Id);
        return new ComposedAnswer(sections, citations.Distinct(StringComparer.Ordinal).Where(kb.Exists).ToList(), channels, topic.Followups);
    }

    /// <summary>The rule's lines (validated against its article) and the computed status lines (dates, days left).</summary>
    private (List<string> Rule, List<string> Computed) DeadlineLines(DeadlineResult d, KnowledgeBase kb)
    {
        var rule = d.Rule;
        var name = kb.Get(rule.Cite)?.Title ?? rule.Name;
        var due = Fill(rule.Due, ("date", DateText(d.LastDay, d.Today)), ("extended", d.ExtendedLastDay is { } e ? DateText(e, d.Today) : string.Empty));
        var eventText = Fill(T.Deadline.Event, ("date", DateText(d.Event.Date, d.Today, d.Event.DayKnown)), ("from", rule.From), ("name", name), ("due", due));
        var lines = new List<string> { eventText + (d.Event.DayKnown ? string.Empty : T.Deadline.MonthOnly) };
        var status = Fill(T.Deadline.Today, ("today", DateText(d.Today, d.Today)));
        status += d.Passed ? T.Deadline.Passed : d.DaysLeft == 0 ? T.Deadline.LastDay : Fill(T.Deadline.Left, ("days", d.DaysLeft.ToString(CultureInfo.InvariantCulture)));
        lines.Add(d.Passed ? Fill(rule.Passed, ("date", DateText(d.LastDay, d.Today))) : T.Deadline.Holiday);
        return (lines, [status]);
    }

    /// <summary>A guide title as a noun phrase: 承包地被收回怎么办？ → 承包地被收回.</summary>
    private static string ShortTitle(string title) =>
        title.TrimEnd('？', '?', '。').Replace("怎么办", string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>M月D日, with the year when it is not the current one (CONTRACTS §5).</summary>
    public static string DateText(DateOnly date, DateOnly today, bool dayKnown = true)
    {
        var text = dayKnown ? $"{date.Month}月{date.Day}日" : $"{date.Month}月";
        return date.Year == today.Year ? text : $"{date.Year}年{text}";
    }

    /// <summary>
    /// The <paramref name="count"/> lines that share most words with the question (ties keep the staff's order), so
    /// "劳动仲裁要多久" gets the arbitration period rather than the first line of the section.
    /// </summary>
    private static IEnumerable<string> Relevant(IEnumerable<string> lines, Understanding understanding, KnowledgeBase kb, int count)
    {
        var terms = kb.Index.Terms(understanding.Query).Where(t => t.Length >= 2).Distinct().ToList();
        var processing = ProcessingQuestion().IsMatch(understanding.Query);
        var limit = LimitQuestion().IsMatch(understanding.Query);
        return lines
            .Select((line, index) => (line, index, hits: terms.Count(t => line.Contains(t, StringComparison.Ordinal))
                + (processing && ProcessingLine().IsMatch(line) ? 2 : 0)
                + (limit && LimitLine().IsMatch(line) ? 2 : 0)))
            .OrderByDescending(x => x.hits)
            .ThenBy(x => x.index)
            .Take(count)
            .OrderBy(x => x.index)
            .Select(x => x.line);
    }

    [System.Text.RegularExpressions.GeneratedRegex("多久|多长时间|几天|多少天|什么时候(有|给|出)|结果|答复|回复|处理完|办完")]
    private static partial System.Text.RegularExpressions.Regex ProcessingQuestion();

    [System.Text.RegularExpressions.GeneratedRegex("时效|期限|来得及|还能|过期|晚了|超过|内提|之前|截止")]
    private static partial System.Text.RegularExpressions.Regex LimitQuestion();

    [System.Text.RegularExpressions.GeneratedRegex("结束|办结|完成|作出|答复|告知|审结|结案|决定|处理|受理")]
    private static partial System.Text.RegularExpressions.Regex ProcessingLine();

    [System.Text.RegularExpressions.GeneratedRegex("时效|申请期限|起诉期限|提出|来得及")]
    private static partial System.Text.RegularExpressions.Regex LimitLine();

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
