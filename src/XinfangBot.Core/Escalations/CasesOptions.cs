using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace XinfangBot.Core.Escalations;

/// <summary>
/// When staff should respond to a case (section <c>Cases</c>): a crisis within minutes, the other kinds within working
/// days (Monday to Friday in China time, minus <see cref="Holidays"/>), and when an unclaimed request for a person gets an
/// honest "nobody is free yet".
/// </summary>
public sealed class CasesOptions : IValidatableObject
{
    public const string SectionName = "Cases";

    [Range(1, 1440)]
    public int CrisisDueMinutes { get; set; } = 30;

    [Range(0, 30)]
    public int ThreatDueWorkingDays { get; set; } = 1;

    [Range(0, 30)]
    public int HumanRequestDueWorkingDays { get; set; } = 1;

    [Range(0, 30)]
    public int UnresolvedDueWorkingDays { get; set; } = 2;

    /// <summary>An open request for a person unclaimed this long gets "nobody is free yet" with the official channels.</summary>
    [Range(1, 10_080)]
    public int NobodyFreeMinutes { get; set; } = 15;

    /// <summary>An overdue case is announced again at most this often.</summary>
    [Range(1, 10_080)]
    public int OverdueRepeatMinutes { get; set; } = 60;

    /// <summary>How often the watch looks for overdue and unclaimed cases.</summary>
    [Range(1, 3600)]
    public int WatchIntervalSeconds { get; set; } = 60;

    /// <summary>Days off besides weekends (<c>yyyy-MM-dd</c>), e.g. the official holidays of the year.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>Working days besides Monday to Friday (<c>yyyy-MM-dd</c>), e.g. a Saturday made a working day.</summary>
    public List<string> ExtraWorkingDays { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, days) in new[] { (nameof(Holidays), Holidays), (nameof(ExtraWorkingDays), ExtraWorkingDays) })
        {
            foreach (var day in days.Where(d => !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                yield return new ValidationResult($"Cases:{name} must hold dates as yyyy-MM-dd; '{day}' is not one.", [name]);
            }
        }
    }
}
