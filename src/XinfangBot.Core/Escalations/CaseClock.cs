using System.Globalization;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;

namespace XinfangBot.Core.Escalations;

/// <summary>Due times of cases: a crisis in minutes, other kinds at the end of the N-th working day (China time).</summary>
public sealed class CaseClock(IOptions<CasesOptions> options)
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private static readonly TimeSpan EndOfWorkingDay = new(17, 30, 0);

    public CasesOptions Options => options.Value;

    public DateTime DueOf(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var opened = new DateTimeOffset(DateTime.SpecifyKind(escalation.CreatedUtc, DateTimeKind.Utc)).ToOffset(ChinaOffset);
        var o = options.Value;
        var days = escalation.Kind switch
        {
            EscalationKind.Crisis => -1,
            EscalationKind.Threat => o.ThreatDueWorkingDays,
            EscalationKind.HumanRequest => o.HumanRequestDueWorkingDays,
            EscalationKind.Unresolved => o.UnresolvedDueWorkingDays,
        };
        if (days < 0)
        {
            return opened.AddMinutes(o.CrisisDueMinutes).UtcDateTime;
        }

        // N working days: the end of the N-th working day after the day it was opened (a Sunday case with N = 1 is due
        // on Monday). N = 0: the end of the same working day, or of the next one when opened after hours or on a day off.
        var day = DateOnly.FromDateTime(opened.DateTime);
        if (days == 0 && (!IsWorkingDay(day) || opened.TimeOfDay >= EndOfWorkingDay))
        {
            day = NextWorkingDay(day);
        }

        for (var i = 0; i < days; i++)
        {
            day = NextWorkingDay(day);
        }

        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(EndOfWorkingDay)), ChinaOffset).UtcDateTime;
    }

    public bool IsOverdue(Escalation escalation, DateTime nowUtc) => escalation.IsActive && nowUtc > DueOf(escalation);

    public bool IsWorkingDay(DateOnly day)
    {
        var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (options.Value.ExtraWorkingDays.Contains(text))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !options.Value.Holidays.Contains(text);
    }

    /// <summary>A time as the citizen and staff read it: <c>M月D日 HH:mm</c> in China time.</summary>
    public static string Format(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaOffset).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private DateOnly NextWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));
        return day;
    }
}
