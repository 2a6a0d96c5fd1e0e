namespace XinfangBot.Core.Deadlines;

/// <summary>
/// A legal period from rules/deadlines.yaml: the procedure, its start event, its length, the article stating it, the
/// articles that count it, the words that show it is asked about and the reply lines.
/// </summary>
public sealed record DeadlineRule
{
    public required string Id { get; init; }

    /// <summary>The procedure the period belongs to, e.g. 请求复查.</summary>
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string Cite { get; init; }
    public int Days { get; init; }
    public int Months { get; init; }
    public int Years { get; init; }
    public int WorkingDays { get; init; }
    public int ExtensionDays { get; init; }
    public int ExtensionWorkingDays { get; init; }

    /// <summary>The stating article writes the period in 日 (十日) and another article the rule cites says those 日 are
    /// working days (行政复议法第八十八条第二款): counted as <see cref="WorkingDays"/>, checked as 日.</summary>
    public bool StatedInDays { get; init; }

    /// <summary>The start event in words, e.g. 收到信访处理意见（书面答复）之日.</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>Words naming the start event; one must be in the clause of the date the period counts from.</summary>
    public IReadOnlyList<string> Event { get; init; } = [];

    /// <summary>Words showing the citizen asks about this procedure (e.g. 上诉).</summary>
    public IReadOnlyList<string> Asks { get; init; } = [];

    /// <summary>Words that ask about the procedure only when the message also dates its start event: a date is given,
    /// but the period is never said in words for them alone.</summary>
    public IReadOnlyList<string> AsksDated { get; init; } = [];

    /// <summary>Words that keep the rule out of a message (e.g. 刑事 for the civil retrial period).</summary>
    public IReadOnlyList<string> Unless { get; init; } = [];

    /// <summary>Words that lift <see cref="Unless"/>: the message asks exactly this rule's question although it also names
    /// what the unless words would rule out (最晚哪天给我复查意见 after a history naming the 处理意见).</summary>
    public IReadOnlyList<string> UnlessExcept { get; init; } = [];

    /// <summary>A date whose clause names one of these (a 告知书 announcing an intended act) is not the start event,
    /// unless the clause also names one of <see cref="NotFromUnless"/> (the 决定书 itself).</summary>
    public IReadOnlyList<string> NotFrom { get; init; } = [];

    public IReadOnlyList<string> NotFromUnless { get; init; } = [];

    /// <summary>A date whose clause names one of these (收到, 送达 for a period from receipt) beats another date of the
    /// same event (作出); a clause naming one without the event's name refers to the event named just before it.</summary>
    public IReadOnlyList<string> Prefer { get; init; } = [];

    /// <summary>The date a document bears (落款) may be this rule's start: periods from an organ's 作出 (国家赔偿法第二十四条),
    /// or kept on the earlier, safe side (再审 from a second-instance judgment's date). Other rules never start from it.</summary>
    public bool DocumentDateCounts { get; init; }

    /// <summary>The document takes effect on service (a second-instance judgment): when the message tells both the date it
    /// bears and a later service, the service is the start; the date it bears counts (the earlier, safe side) only alone.</summary>
    public bool ServiceCounts { get; init; }

    /// <summary>Said in words, the period warns when the message tells a time gone by instead of the date (二审判决已经半年多了)
    /// that it may have run or be near its end.</summary>
    public bool ElapsedWarns => ElapsedWarnDays > 0;

    /// <summary>With <see cref="ElapsedWarns"/>: how many days ahead at most a last day counted from the time told is "near its end".</summary>
    public int ElapsedWarnDays { get; init; }

    /// <summary>Words showing the debt is paid in installments (分四期, 每期): the period runs from the last installment's due
    /// day (民法典第一百八十九条), so the latest of the dated installments is the start.</summary>
    public IReadOnlyList<string> Installments { get; init; } = [];

    /// <summary>The rule whose period, from the same event, is the remedy left once this one has truly passed
    /// (复议's 60日 gone, 行政诉讼's 6个月 may not be): its date is given too while it runs.</summary>
    public string? Instead { get; init; }

    /// <summary>When not empty, one of these words must be in the message.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>When not empty, one of these words must be in the message too (a second condition beside
    /// <see cref="Requires"/>: an award named, and its setting aside told).</summary>
    public IReadOnlyList<string> RequiresAlso { get; init; } = [];

    /// <summary>The event alone shows the procedure, for the entry that answers (收到信访处理意见 → 复查).</summary>
    public bool Implied { get; init; }

    /// <summary>The rule serves whatever entry answers, not only those listing it: its event is specific enough (支付令,
    /// 赔偿决定书) that naming it shows the period; with <see cref="Implied"/> the dated event alone gives the date.</summary>
    public bool AnyTopic { get; init; }

    /// <summary>The period runs from the expiry of another (the organ's) period counted from the same event: 期限届满之日起
    /// 三个月 after 两个月 to decide. The expiry is that period's own last day, before any move off a rest day.</summary>
    public DeadlineRule? After { get; init; }

    /// <summary>The period runs from the organ's receipt: a date of sending is not its start.</summary>
    public bool Receipt { get; init; }

    /// <summary>The counting scheme: civil (民法典) or a procedure law's (民事诉讼法第八十五条 and the laws applying it).</summary>
    public string Counting { get; init; } = "civil";

    /// <summary>The articles that count the period (start the next day, month ends, the last day moved off a rest day).</summary>
    public IReadOnlyList<string> CountingCites { get; init; } = [];

    /// <summary>Further articles that the rule's lines state (remedies, the other party's period).</summary>
    public IReadOnlyList<string> AlsoCite { get; init; } = [];
    public required string Due { get; init; }
    public required string Passed { get; init; }
    public string? Note { get; init; }

    /// <summary>A line said after the period in words when no date is computed (民法典第一百八十八条第二款's 二十年 for a
    /// debt whose date is not given); a computed date says <see cref="Passed"/> or <see cref="Note"/> instead.</summary>
    public string? WordsNote { get; init; }

    /// <summary>A period the message states that runs before this one (判决生效之日起十日内履行: the two years to apply for
    /// enforcement run from its last day): groups <c>a</c> (its start event), <c>n</c>, <c>u</c>.</summary>
    public System.Text.RegularExpressions.Regex? StatedPeriod { get; init; }

    /// <summary>Words by which a later date's clause says the period was interrupted (催, 讨要: the creditor claimed the right;
    /// 答应还: the debtor agreed): the period runs again from that date (劳动争议调解仲裁法第二十七条第二款, 民法典第一百九十五条).</summary>
    public IReadOnlyList<string> InterruptedBy { get; init; } = [];

    /// <summary>The line said when the period was counted again from an interruption: {date}, {orig}, {origlast}.</summary>
    public string? InterruptedLine { get; init; }

    /// <summary>The line that shows how the stated period was counted: {stated}, {event}, {date}.</summary>
    public string? StatedLine { get; init; }

    /// <summary>The last calendar day before any move off a rest day: the period starts the day after the event
    /// (民法典第二百零一条); months and years end on the corresponding day, or the month's last day (第二百零二条).</summary>
    public DateOnly RawLastDay(DateOnly eventDate)
    {
        var start = After is null ? eventDate : After.RawLastDay(eventDate);
        return start.AddYears(Years).AddMonths(Months).AddDays(Days);
    }

    /// <summary>The last day on <paramref name="calendar"/>: working days counted on it, other last days moved off rest days.</summary>
    public DateOnly LastDay(DateOnly eventDate, WorkingCalendar calendar) =>
        WorkingDays > 0 ? calendar.AddWorkingDays(eventDate, WorkingDays) : calendar.NextWorkingDay(RawLastDay(eventDate));

    /// <summary>The last day with the longest extension the article allows, counted on from the end of the period.</summary>
    public DateOnly? ExtendedLastDay(DateOnly eventDate, WorkingCalendar calendar) =>
        ExtensionWorkingDays > 0 ? calendar.AddWorkingDays(LastDay(eventDate, calendar), ExtensionWorkingDays)
        : ExtensionDays > 0 ? calendar.NextWorkingDay(RawLastDay(eventDate).AddDays(ExtensionDays))
        : null;

    /// <summary>The period as the law writes it, e.g. 30日, 6个月, 1年, 20个工作日.</summary>
    public string PeriodText => WorkingDays > 0 ? $"{WorkingDays}个工作日" : Years > 0 ? $"{Years}年" : Months > 0 ? $"{Months}个月" : $"{Days}日";

    /// <summary>The (number, unit) of the period, as <see cref="Text.PeriodFinder"/> finds it in an article.</summary>
    public (int Number, string Unit) Period =>
        StatedInDays ? (WorkingDays, "日")
        : WorkingDays > 0 ? (WorkingDays, "工作日") : Years > 0 ? (Years, "年") : Months > 0 ? (Months, "月") : (Days, "日");

    /// <summary>Every article a line of this rule may rest on.</summary>
    public IEnumerable<string> AllCites => new[] { Cite }.Concat(AlsoCite).Concat(CountingCites).Distinct(StringComparer.Ordinal);
}
