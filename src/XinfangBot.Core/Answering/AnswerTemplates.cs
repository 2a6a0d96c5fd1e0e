using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Answering;

/// <summary>The reply texts of prompts/answer.zh.yaml. Every property is required: a missing one fails loading by name.</summary>
public sealed class AnswerTemplates
{
    public string Disclaimer { get; set; } = string.Empty;
    public Dictionary<string, string> Headings { get; set; } = [];
    public string BasisLine { get; set; } = string.Empty;
    public string ChannelLine { get; set; } = string.Empty;
    public DeadlineTexts Deadline { get; set; } = new();
    public string Also { get; set; } = string.Empty;
    public string Crisis { get; set; } = string.Empty;
    public string CrisisGrievance { get; set; } = string.Empty;

    /// <summary>The crisis reply when the person at risk is someone else the writer tells of (someone else at risk now).</summary>
    public string CrisisOther { get; set; } = string.Empty;

    /// <summary>The crisis reply when the one at risk is a child at an edge or a frail person shut out in the cold.</summary>
    public string CrisisVulnerable { get; set; } = string.Empty;
    public string Threat { get; set; } = string.Empty;
    public string ThreatGrievance { get; set; } = string.Empty;

    /// <summary>The threat reply when the writer's own life is at risk too (a murder-suicide told): both helps.</summary>
    public string ThreatCrisis { get; set; } = string.Empty;
    public string HumanRequest { get; set; } = string.Empty;
    public string OutOfScope { get; set; } = string.Empty;
    public string Injection { get; set; } = string.Empty;
    public string Greeting { get; set; } = string.Empty;
    public string Help { get; set; } = string.Empty;
    public string Thanks { get; set; } = string.Empty;

    /// <summary>The reply to thanks or a goodbye that closes the conversation, after any answer.</summary>
    public string Closing { get; set; } = string.Empty;
    public string Empty { get; set; } = string.Empty;

    /// <summary>A message without a Chinese character: nothing is guessed from it.</summary>
    public string NoWords { get; set; } = string.Empty;
    public string Clarify { get; set; } = string.Empty;
    public List<string> ClarifyOptions { get; set; } = [];

    /// <summary>The one question asked of a grievance announced without its matter, and the roadmap's domains.</summary>
    public string Vague { get; set; } = string.Empty;
    public List<string> VagueOptions { get; set; } = [];
    public string Care { get; set; } = string.Empty;
    public string Unresolved { get; set; } = string.Empty;
    public string Truncated { get; set; } = string.Empty;
    public string English { get; set; } = string.Empty;

    /// <summary>The apology when answering failed, with the official channels.</summary>
    public string Failure { get; set; } = string.Empty;

    /// <summary>The section headings the composer uses; each must be in the file.</summary>
    public static IReadOnlyList<string> RequiredHeadings { get; } = ["steps", "deadline", "basis", "reminder", "also", "contact", "materials"];

    public string Heading(string key) => Headings.GetValueOrDefault(key, key);

    public static AnswerTemplates Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Answer templates not found: {path} (configuration key Prompts:Path)", path);
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var templates = yaml.Deserialize<AnswerTemplates>(File.ReadAllText(path)) ?? new AnswerTemplates();
        var missing = typeof(AnswerTemplates).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(templates)))
            .Select(p => p.Name)
            .ToList();
        missing.AddRange(typeof(DeadlineTexts).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(templates.Deadline)))
            .Select(p => "deadline." + p.Name));
        missing.AddRange(RequiredHeadings.Where(h => string.IsNullOrWhiteSpace(templates.Headings.GetValueOrDefault(h))).Select(h => "headings." + h));
        if (missing.Count > 0 || string.IsNullOrWhiteSpace(templates.Deadline.Event))
        {
            throw new InvalidDataException($"{path}: missing template(s): {string.Join(", ", missing.DefaultIfEmpty("deadline.event"))}");
        }

        return templates;
    }

    public sealed class DeadlineTexts
    {
        public string Event { get; set; } = string.Empty;
        public string Today { get; set; } = string.Empty;
        public string Left { get; set; } = string.Empty;
        public string LastDay { get; set; } = string.Empty;

        /// <summary>Today is the last day of an organ's or employer's duty (not the citizen's own deadline).</summary>
        public string LastDayDuty { get; set; } = string.Empty;
        public string Passed { get; set; } = string.Empty;
        public string PassedDuty { get; set; } = string.Empty;
        public string MonthOnly { get; set; } = string.Empty;
        public string MonthOnlyDuty { get; set; } = string.Empty;

        /// <summary>A part of a month (中旬): counted from its first day ({first}), a duty from its last ({last}).</summary>
        public string PartOnly { get; set; } = string.Empty;
        public string PartOnlyDuty { get; set; } = string.Empty;
        public string MaybePassed { get; set; } = string.Empty;

        /// <summary>Past the last day counted on weekends only, in a year whose holidays are not on file (said by NoCalendar).</summary>
        public string MaybePassedCalendar { get; set; } = string.Empty;
        public string Moved { get; set; } = string.Empty;

        /// <summary>The rest day named in <see cref="Moved"/> when it is an official holiday ({name}: 春节 …).</summary>
        public string Holiday { get; set; } = string.Empty;
        public string Working { get; set; } = string.Empty;
        public string NoCalendar { get; set; } = string.Empty;

        /// <summary>A limit moved off a weekend of a year without a calendar: that weekend may be a 调休 working day.</summary>
        public string NoCalendarSafe { get; set; } = string.Empty;

        /// <summary>A last day on a statutory holiday (元旦) of a year without a calendar, moved off it by the law ({law}) that
        /// fixes it; the year's 调休 is not known ({raw}, {name}, {year}).</summary>
        public string NoCalendarHoliday { get; set; } = string.Empty;
        public string NoCalendarHolidayDuty { get; set; } = string.Empty;

        /// <summary><see cref="MaybePassedCalendar"/> for an organ's duty: not called late yet.</summary>
        public string MaybePassedCalendarDuty { get; set; } = string.Empty;
        public string Mail { get; set; } = string.Empty;
        public string InWords { get; set; } = string.Empty;
        public string Sent { get; set; } = string.Empty;
        public string AskDate { get; set; } = string.Empty;

        /// <summary>A day the message gives that lies after today ({dates}, {today}): not counted from; asked again.</summary>
        public string Ahead { get; set; } = string.Empty;

        /// <summary>A time gone by told instead of the date ({elapsed}) by which the period ({procedure}, {period}) may
        /// have run ({passed}: the rule's remedies), or may be near its end.</summary>
        public string ElapsedOver { get; set; } = string.Empty;
        public string ElapsedNear { get; set; } = string.Empty;
    }
}
