using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Escalations;

public sealed class CaseClockTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTime Due(string kind, DateTimeOffset opened, CasesOptions? options = null) =>
        new CaseClock(Options.Create(options ?? new CasesOptions())).DueOf(new Escalation { Kind = StoredNames.Parse<EscalationKind>(kind), CreatedUtc = opened.UtcDateTime });

    [Fact]
    public void DueOf_Crisis_IsMinutesLater()
    {
        var opened = new DateTimeOffset(2026, 12, 5, 23, 10, 0, China); // a Saturday night
        Assert.Equal(opened.AddMinutes(30).UtcDateTime, Due("crisis", opened));
    }

    [Fact]
    public void DueOf_HumanRequestOnFriday_IsTheEndOfMonday()
    {
        var opened = new DateTimeOffset(2026, 12, 4, 10, 0, 0, China);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 30, 0, China).UtcDateTime, Due("human-request", opened));
    }

    [Fact]
    public void DueOf_HumanRequestOnSunday_IsTheEndOfMonday()
    {
        var opened = new DateTimeOffset(2026, 12, 6, 16, 0, 0, China);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 30, 0, China).UtcDateTime, Due("human-request", opened));
    }

    [Fact]
    public void DueOf_ConfiguredHolidayAndMoreDays_AreCounted()
    {
        var options = new CasesOptions { UnresolvedDueWorkingDays = 2, Holidays = ["2026-12-31", "2027-01-01"] };
        var opened = new DateTimeOffset(2026, 12, 30, 9, 0, 0, China); // Wednesday; Thu and Fri off
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 17, 30, 0, China).UtcDateTime, Due("unresolved", opened, options));
    }

    [Fact]
    public void DueOf_ZeroWorkingDaysAfterHours_IsTheNextWorkingDay()
    {
        var options = new CasesOptions { ThreatDueWorkingDays = 0 };
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 17, 30, 0, China).UtcDateTime, Due("threat", new DateTimeOffset(2026, 12, 2, 9, 0, 0, China), options));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 17, 30, 0, China).UtcDateTime, Due("threat", new DateTimeOffset(2026, 12, 2, 19, 0, 0, China), options));
    }
}
