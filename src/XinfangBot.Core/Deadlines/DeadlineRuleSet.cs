using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Deadlines;

/// <summary>The deadline rules of rules/deadlines.yaml by id, the questions that get no date, and the working-day calendar.</summary>
public sealed class DeadlineRuleSet
{
    private readonly Dictionary<string, DeadlineRule> _rules;

    public DeadlineRuleSet(IEnumerable<DeadlineRule> rules, IEnumerable<NoDateRule>? noDate = null, IEnumerable<string>? sentWords = null, WorkingCalendar? calendar = null, IEnumerable<string>? sameDayWords = null)
    {
        _rules = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        NoDate = noDate?.ToList() ?? [];
        SentWords = sentWords?.ToList() ?? [];
        SameDayWords = sameDayWords?.ToList() ?? [];
        Calendar = calendar ?? WorkingCalendar.WeekendsOnly;
    }

    public static DeadlineRuleSet Empty { get; } = new([]);

    public IReadOnlyCollection<string> Ids => _rules.Keys;

    /// <summary>The rules in the file's order.</summary>
    public IEnumerable<DeadlineRule> All => _rules.Values;

    public IReadOnlyList<NoDateRule> NoDate { get; }

    /// <summary>Words that show a date is when something was sent (寄出), not when it was received.</summary>
    public IReadOnlyList<string> SentWords { get; }

    /// <summary>Words that say a letter sent was received the same day (当天签收): its date is then the receipt's.</summary>
    public IReadOnlyList<string> SameDayWords { get; }

    /// <summary>Words by which a date's clause refers back to the event named just before it (是3月10日的事, 9月1日通知的):
    /// such a clause without an event word of its own takes the previous clause's.</summary>
    public IReadOnlyList<string> ReferBackWords { get; init; } = [];

    /// <summary>Verbs of receipt that end a date's clause without naming what was received (…决定书，我11月2日收到，…):
    /// the clause refers back like <see cref="ReferBackWords"/>.</summary>
    public IReadOnlyList<string> ReferBackEndings { get; init; } = [];

    /// <summary>Words of receipt that date a document's service: the start of a period the citizen states (…之日起十五日内).</summary>
    public IReadOnlyList<string> ServiceWords { get; init; } = [];

    /// <summary>Words naming a second-instance (final) judgment or ruling, which takes effect on service.</summary>
    public IReadOnlyList<string> FinalJudgmentWords { get; init; } = [];

    /// <summary>Words by which a date's clause only sets the scene (我在厂里加班); the event is named in the next clause.</summary>
    public IReadOnlyList<string> SceneWords { get; init; } = [];

    /// <summary>Words by which the clause after a date tells what followed on that same day (…10月9日递交了申请，当场就受理了):
    /// that clause, with no date of its own, may name the event of the date.</summary>
    public IReadOnlyList<string> SameDayNextWords { get; init; } = [];

    /// <summary>Words that mark a date as the one a document bears (落款, 上面写的日期), not when it was served or known: no
    /// period runs from it; a later date in the sentence with one of <see cref="DocumentReceiptWords"/> is then the event's.</summary>
    public IReadOnlyList<string> DocumentDateWords { get; init; } = [];

    /// <summary>Words of service or learning (送达, 送到, 收到, 知道) that make a date after a document's own date the event's.</summary>
    public IReadOnlyList<string> DocumentReceiptWords { get; init; } = [];

    public WorkingCalendar Calendar { get; }

    /// <summary>The article moving a last day off a 法定休假日 under civil counting (deadlines.yaml holiday_article).</summary>
    public string HolidayArticle { get; init; } = string.Empty;

    /// <summary>The article by which a document posted before the period ends is in time (deadlines.yaml mail_article).</summary>
    public string MailArticle { get; init; } = string.Empty;

    /// <summary>Every article of the file's counting lists: they count periods and are cited, not quoted as the basis.</summary>
    public IReadOnlySet<string> CountingArticles { get; init; } = new HashSet<string>();

    public DeadlineRule? Get(string id) => _rules.GetValueOrDefault(id);

    /// <summary>Reads <paramref name="path"/> and the calendar folder beside it (rules/calendar).</summary>
    public static DeadlineRuleSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: deadline rules not found", path);
        }

        var calendar = WorkingCalendar.Load(Path.Combine(Path.GetDirectoryName(path) ?? ".", "calendar"));
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = yaml.Deserialize<RulesFile>(File.ReadAllText(path)) ?? new RulesFile();
        var counting = file.Counting ?? [];
        var rules = new List<DeadlineRule>();
        foreach (var r in file.Rules ?? [])
        {
            if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Cite) || r.Due is null || r.Passed is null
                || string.IsNullOrWhiteSpace(r.Procedure) || string.IsNullOrWhiteSpace(r.Start) || r.Event is not { Count: > 0 })
            {
                throw new InvalidDataException($"{path}: every deadline rule needs id, procedure, cite, start, event, due and passed (rule '{r.Id}')");
            }

            if ((r.Days > 0 ? 1 : 0) + (r.Months > 0 ? 1 : 0) + (r.Years > 0 ? 1 : 0) + (r.WorkingDays > 0 ? 1 : 0) != 1)
            {
                throw new InvalidDataException($"{path}: deadline rule '{r.Id}' needs exactly one of days, months, years, working_days");
            }

            if (r.StatedInDays && r.WorkingDays == 0)
            {
                throw new InvalidDataException($"{path}: deadline rule '{r.Id}' is stated_in_days, which needs working_days");
            }

            var scheme = r.Counting ?? "civil";
            if (!counting.TryGetValue(scheme, out var countingCites))
            {
                throw new InvalidDataException($"{path}: deadline rule '{r.Id}' names counting '{scheme}', which the file's counting list lacks");
            }

            DeadlineRule? after = null;
            if (r.After is { } afterId && (after = rules.FirstOrDefault(x => x.Id == afterId)) is null)
            {
                throw new InvalidDataException($"{path}: deadline rule '{r.Id}' runs after '{afterId}', which no earlier rule defines");
            }

            if (after is not null && (after.WorkingDays > 0 || r.WorkingDays > 0))
            {
                throw new InvalidDataException($"{path}: deadline rule '{r.Id}' chains working days, which 'after' does not count");
            }

            rules.Add(new DeadlineRule
            {
                After = after,
                Id = r.Id,
                Name = r.Procedure,
                Kind = r.Kind ?? "limit",
                Cite = r.Cite,
                Days = r.Days,
                Months = r.Months,
                Years = r.Years,
                WorkingDays = r.WorkingDays,
                ExtensionDays = r.ExtensionDays,
                ExtensionWorkingDays = r.ExtensionWorkingDays,
                StatedInDays = r.StatedInDays,
                From = r.Start,
                Event = r.Event,
                Asks = r.Asks ?? [],
                AsksDated = r.AsksDated ?? [],
                Unless = r.Unless ?? [],
                UnlessExcept = r.UnlessExcept ?? [],
                Requires = r.Requires ?? [],
                RequiresAlso = r.RequiresAlso ?? [],
                NotFrom = r.NotFrom ?? [],
                NotFromUnless = r.NotFromUnless ?? [],
                Prefer = r.Prefer ?? [],
                DocumentDateCounts = r.DocumentDateCounts,
                ServiceCounts = r.ServiceCounts,
                ElapsedWarnDays = r.ElapsedWarnsDays,
                Installments = r.Installments ?? [],
                Instead = r.Instead,
                Implied = r.Implied,
                AnyTopic = r.AnyTopic,
                Receipt = r.Receipt,
                Counting = scheme,
                CountingCites = countingCites,
                AlsoCite = r.AlsoCite ?? [],
                Due = r.Due,
                Passed = r.Passed,
                Note = r.Note,
                WordsNote = r.WordsNote,
                StatedPeriod = StatedPeriodPattern(path, r),
                StatedLine = r.StatedLine,
                InterruptedBy = r.InterruptedBy ?? [],
                InterruptedLine = r.InterruptedBy is { Count: > 0 } && string.IsNullOrWhiteSpace(r.InterruptedLine)
                    ? throw new InvalidDataException($"{path}: deadline rule '{r.Id}': 'interrupted_by' needs an 'interrupted_line'")
                    : r.InterruptedLine,
            });
        }

        foreach (var r in rules.Where(r => r.Instead is { } id && rules.All(x => x.Id != id)))
        {
            throw new InvalidDataException($"{path}: deadline rule '{r.Id}' names instead '{r.Instead}', which no rule defines");
        }

        var noDate = (file.NoDate ?? []).Select(n => new NoDateRule(
            n.Id ?? throw new InvalidDataException($"{path}: every no_date entry needs an id"),
            n.When ?? [],
            n.Asks ?? [],
            n.Say ?? throw new InvalidDataException($"{path}: no_date '{n.Id}' needs 'say'"),
            n.Cite ?? throw new InvalidDataException($"{path}: no_date '{n.Id}' needs 'cite'"),
            n.Replaces ?? [])
        {
            UnlessDated = n.UnlessDated,
            Unless = n.Unless ?? [],
        }).ToList();
        foreach (var n in noDate)
        {
            try
            {
                _ = n.Matches(string.Empty);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}: no_date '{n.Id}': invalid regular expression in 'when': {e.Message}", e);
            }
        }

        return new DeadlineRuleSet(rules, noDate, file.SentWords, calendar, file.SameDayWords)
        {
            HolidayArticle = string.IsNullOrWhiteSpace(file.HolidayArticle) ? throw new InvalidDataException($"{path}: 'holiday_article' is required") : file.HolidayArticle,
            MailArticle = string.IsNullOrWhiteSpace(file.MailArticle) ? throw new InvalidDataException($"{path}: 'mail_article' is required") : file.MailArticle,
            CountingArticles = counting.Values.SelectMany(c => c).ToHashSet(StringComparer.Ordinal),
            ReferBackWords = file.ReferBackWords ?? [],
            ReferBackEndings = file.ReferBackEndings ?? [],
            SceneWords = file.SceneWords ?? [],
            SameDayNextWords = file.SameDayNextWords ?? [],
            ServiceWords = file.ServiceWords ?? [],
            FinalJudgmentWords = file.FinalJudgmentWords ?? [],
            DocumentDateWords = file.DocumentDateWords ?? [],
            DocumentReceiptWords = file.DocumentReceiptWords ?? [],
        };
    }

    private sealed class RulesFile
    {
        public Dictionary<string, List<string>>? Counting { get; set; }
        public string? HolidayArticle { get; set; }
        public string? MailArticle { get; set; }
        public List<string>? SentWords { get; set; }
        public List<string>? SameDayWords { get; set; }
        public List<string>? ReferBackWords { get; set; }
        public List<string>? ReferBackEndings { get; set; }

        public List<string>? SceneWords { get; set; }
        public List<string>? SameDayNextWords { get; set; }
        public List<string>? ServiceWords { get; set; }
        public List<string>? FinalJudgmentWords { get; set; }
        public List<string>? DocumentDateWords { get; set; }
        public List<string>? DocumentReceiptWords { get; set; }
        public List<RuleDto>? Rules { get; set; }
        public List<NoDateDto>? NoDate { get; set; }
    }

    private sealed class NoDateDto
    {
        public string? Id { get; set; }
        public List<string>? When { get; set; }
        public List<string>? Asks { get; set; }
        public string? Say { get; set; }
        public string? Cite { get; set; }
        public List<string>? Replaces { get; set; }
        public bool UnlessDated { get; set; }
        public List<string>? Unless { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Id { get; set; }
        public string? Procedure { get; set; }
        public string? Kind { get; set; }
        public string? Cite { get; set; }
        public int Days { get; set; }
        public int Months { get; set; }
        public int Years { get; set; }
        public int WorkingDays { get; set; }
        public int ExtensionDays { get; set; }
        public int ExtensionWorkingDays { get; set; }
        public bool StatedInDays { get; set; }
        public string? Start { get; set; }
        public string? Counting { get; set; }
        public bool Implied { get; set; }
        public bool AnyTopic { get; set; }
        public string? After { get; set; }
        public bool Receipt { get; set; }
        public List<string>? Event { get; set; }
        public List<string>? Asks { get; set; }
        public List<string>? AsksDated { get; set; }
        public List<string>? Unless { get; set; }
        public List<string>? UnlessExcept { get; set; }
        public List<string>? Requires { get; set; }
        public List<string>? RequiresAlso { get; set; }
        public List<string>? NotFrom { get; set; }
        public List<string>? NotFromUnless { get; set; }
        public List<string>? Prefer { get; set; }
        public bool DocumentDateCounts { get; set; }
        public bool ServiceCounts { get; set; }
        public int ElapsedWarnsDays { get; set; }
        public List<string>? Installments { get; set; }
        public string? Instead { get; set; }
        public List<string>? AlsoCite { get; set; }
        public string? Due { get; set; }
        public string? Passed { get; set; }
        public string? Note { get; set; }
        public string? WordsNote { get; set; }
        public string? StatedPeriod { get; set; }
        public string? StatedLine { get; set; }
        public List<string>? InterruptedBy { get; set; }
        public string? InterruptedLine { get; set; }
    }

    /// <summary>The rule's <c>stated_period</c>: a regular expression with groups <c>a</c> (the event the period runs from),
    /// <c>n</c> and <c>u</c> (日/天/个月); it needs a <c>stated_line</c>.</summary>
    private static Regex? StatedPeriodPattern(string path, RuleDto r)
    {
        if (r.StatedPeriod is null)
        {
            return null;
        }

        Regex regex;
        try
        {
            regex = new Regex(r.StatedPeriod, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: deadline rule '{r.Id}': invalid regular expression in 'stated_period': {e.Message}", e);
        }

        if (!regex.GetGroupNames().ToHashSet().IsSupersetOf(["a", "n", "u"]) || string.IsNullOrWhiteSpace(r.StatedLine))
        {
            throw new InvalidDataException($"{path}: deadline rule '{r.Id}': 'stated_period' needs groups a, n and u, and a 'stated_line'");
        }

        return regex;
    }
}
