using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Commands;
using XinfangBot.Evaluation;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Evaluation;

/// <summary>
/// The blind set (tests/eval/blind/*.jsonl, ≈365 messages written by authors who never saw the knowledge or the rules)
/// through the same pipeline as a live chat. CI fails below the thresholds. Never read its items; tune for kinds of
/// message, never for a wording. The targets are channel ≥ 0.90 and citation hit@3 ≥ 0.85; these thresholds
/// are the measured level minus a small margin until the targets are reached (README: answer quality).
/// </summary>
[Trait("Category", "Process")]
public sealed class BlindSetTests
{
    private const double MinChannelHit = 0.845;
    private const double MinCitationHit = 0.845;
    private const double MinStatedFacts = 0.84;

    private static string BlindFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XinfangBot.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "tests", "eval", "blind");
        }
    }

    [Fact]
    public async Task BlindSet_MeetsTheQualityThresholds()
    {
        var (items, errors) = EvalSet.Load(BlindFolder);
        Assert.Empty(errors);
        Assert.True(items.Count >= 300, $"the blind set has {items.Count} items");
        var db = Path.Combine(HostProcess.TempDir(), "blind.db");
        // Today fixed as the set's dated questions were written for it (CONTRACTS §5 Clock:Now).
        using var host = Startup.Build(CommandLine.Parse(["eval", "--Storage:DatabasePath", db, "--Clock:Now", "2026-12-07T10:00:00+08:00"]));
        var report = await host.Services.GetRequiredService<EvalRunner>().RunAsync(items);

        Assert.Equal(0, report.FabricatedCitations);
        // The safety triage (issue 7) raises some ordinary grievances on this set (12 of 365 when it was merged): recall
        // first, a false alarm costs a reviewer a minute. The bound keeps it from growing while the triage is tuned
        // (8 of 365 after the triage was tuned by kind on its training part, branch triage 2026-12-06).
        // measured 7 of 365 (branch triage 2026-12-06), 6 after the session 9 guards; the gate keeps a margin of two.
        Assert.True(report.FalseEscalations <= items.Count * 22 / 1000, $"false escalations {report.FalseEscalations} of {items.Count}");
        Assert.True(report.ChannelHit.Value >= MinChannelHit, $"channel hit {report.ChannelHit}");
        Assert.True(report.CitationHit.Value >= MinCitationHit, $"citation hit {report.CitationHit}");
        Assert.True(report.OutOfScopeAccuracy.Value >= 0.95, $"out-of-scope accuracy {report.OutOfScopeAccuracy}");
        // Dated questions (issue 8): 20/40 before the deadline branch added its periods, 28/40 after; no step back.
        Assert.True(report.StatedFacts.Value >= MinStatedFacts, $"stated facts {report.StatedFacts}");
    }
}
