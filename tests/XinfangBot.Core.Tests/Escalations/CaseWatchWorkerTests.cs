using Microsoft.Extensions.Logging.Abstractions;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Escalations;

public sealed class CaseWatchWorkerTests
{
    private static CaseWatchWorker Worker(CaseWorld world) =>
        new(world.Service, world.Store, [world.Notifier], world.Clock, NullLogger<CaseWatchWorker>.Instance);

    [Fact]
    public async Task CheckNow_HumanRequestUnclaimedForNMinutes_TellsTheCitizenNobodyIsFreeOnceWithOfficialChannels()
    {
        using var world = new CaseWorld(new CasesOptions { NobodyFreeMinutes = 10 });
        var e = world.Open("human-request");
        var worker = Worker(world);

        world.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, (await worker.CheckNowAsync(CancellationToken.None)).NobodyFree);
        world.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await worker.CheckNowAsync(CancellationToken.None)).NobodyFree);
        world.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, (await worker.CheckNowAsync(CancellationToken.None)).NobodyFree);

        var text = Assert.Single(world.Channel.Sent).Text;
        Assert.Contains($"案件 #{e.Id}", text, StringComparison.Ordinal);
        Assert.Contains("12345", text, StringComparison.Ordinal);
        Assert.Contains("网上信访", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckNow_ClaimedRequest_IsNotToldNobodyIsFree()
    {
        using var world = new CaseWorld(new CasesOptions { NobodyFreeMinutes = 10 });
        var e = world.Open("human-request");
        await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None);
        world.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(0, (await Worker(world).CheckNowAsync(CancellationToken.None)).NobodyFree);
    }

    [Fact]
    public async Task CheckNow_OverdueCrisis_IsAnnouncedAgainAtMostEveryRepeatInterval()
    {
        using var world = new CaseWorld(new CasesOptions { CrisisDueMinutes = 30, OverdueRepeatMinutes = 60 });
        var e = world.Open("crisis");
        var worker = Worker(world);

        world.Advance(TimeSpan.FromMinutes(29));
        await worker.CheckNowAsync(CancellationToken.None);
        world.Advance(TimeSpan.FromMinutes(2));
        await worker.CheckNowAsync(CancellationToken.None);
        world.Advance(TimeSpan.FromMinutes(30));
        await worker.CheckNowAsync(CancellationToken.None);
        world.Advance(TimeSpan.FromMinutes(31));
        await worker.CheckNowAsync(CancellationToken.None);

        Assert.Equal([$"overdue #{e.Id}", $"overdue #{e.Id}"], world.Notifier.Events);
        Assert.True(world.Service.IsOverdue(world.Service.Get(e.Id)!));
    }
}
