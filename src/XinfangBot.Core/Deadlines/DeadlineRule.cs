namespace XinfangBot.Core.Deadlines;

/// <summary>A legal period from rules/deadlines.yaml: its length, the article that states it and the reply lines.</summary>
public sealed record DeadlineRule
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string Cite { get; init; }
    public int Days { get; init; }
    public int Months { get; init; }
    public int Years { get; init; }
    public int ExtensionDays { get; init; }
    public string From { get; init; } = string.Empty;
    public IReadOnlyList<string> Event { get; init; } = [];

    /// <summary>Words showing the citizen asks about this procedure (e.g. 起诉 for the litigation period).</summary>
    public IReadOnlyList<string> Asks { get; init; } = [];
    public required string Due { get; init; }
    public required string Passed { get; init; }

    /// <summary>The last day of the period that starts the day after <paramref name="eventDate"/> (民法典第二百零一、二百零二条).</summary>
    public DateOnly LastDay(DateOnly eventDate) => eventDate.AddYears(Years).AddMonths(Months).AddDays(Days);

    public DateOnly? ExtendedLastDay(DateOnly eventDate) => ExtensionDays > 0 ? LastDay(eventDate).AddDays(ExtensionDays) : null;

    /// <summary>The period as the law writes it, e.g. 30日, 6个月, 1年.</summary>
    public string PeriodText => Years > 0 ? $"{Years}年" : Months > 0 ? $"{Months}个月" : $"{Days}日";
}
