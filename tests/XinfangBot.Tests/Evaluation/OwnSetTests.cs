using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Commands;
using XinfangBot.Evaluation;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Evaluation;

/// <summary>
/// The project's own labelled set (tests/eval/own.jsonl, written independently of the dev set) through the same
/// pipeline as a live chat, with thresholds: a change that lowers answer quality fails CI.
/// </summary>
[Trait("Category", "Process")]
public sealed class OwnSetTests
{
    private static string SetPath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XinfangBot.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "tests", "eval", "own.jsonl");
        }
    }

    [Fact]
    public async Task OwnSet_MeetsTheQualityThresholds()
    {
        var (items, errors) = EvalSet.Load(SetPath);
        Assert.Empty(errors);
        Assert.True(items.Count >= 150, $"the own set has {items.Count} items");
        var db = Path.Combine(HostProcess.TempDir(), "eval.db");
        using var host = Startup.Build(CommandLine.Parse(["eval", "--Storage:DatabasePath", db]));
        var report = await host.Services.GetRequiredService<EvalRunner>().RunAsync(items);

        Assert.Equal(0, report.FabricatedCitations);
        // Floors measured on the merged tree (2026-12-06) after the new safety triage (issue 7), which raises 6 of the
        // own set's ordinary messages and misses one threat, and the deadline engine (issue 8), which now dates only
        // what was asked: 6 false escalations, precision 0.76, threat recall 0.80, stated facts 11/12. They keep the
        // figures from falling while both are tuned; the issue targets stay in the closing note. Triage tuned by kind
        // (branch triage, 2026-12-06): 1 false escalation, precision 0.905, threat recall 1.00 — gates raised with a margin.
        Assert.True(report.FalseEscalations <= 2, $"false escalations {report.FalseEscalations}");
        Assert.True(report.CitationHit.Value >= 0.75, $"citation hit {report.CitationHit}");
        Assert.True(report.ChannelHit.Value >= 0.80, $"channel hit {report.ChannelHit}");
        Assert.True(report.StatedFacts.Value >= 0.9, $"stated facts {report.StatedFacts}");
        Assert.True(report.CrisisRecall.Value >= 0.9, $"crisis recall {report.CrisisRecall}");
        Assert.True(report.ThreatRecall.Value >= 0.9, $"threat recall {report.ThreatRecall}");
        Assert.True(report.EscalationPrecision.Value >= 0.85, $"escalation precision {report.EscalationPrecision}");
        Assert.True(report.OutOfScopeAccuracy.Value >= 0.95, $"out-of-scope accuracy {report.OutOfScopeAccuracy}");
    }
}
