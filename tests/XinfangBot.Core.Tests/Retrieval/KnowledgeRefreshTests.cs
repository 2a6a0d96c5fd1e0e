using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Retrieval;

/// <summary>
/// A running engine over the shipped knowledge: a published change reaches its answers within seconds without a
/// restart, also when another store instance on the same file (shared mode) made it; an invalid change never does.
/// </summary>
public sealed class KnowledgeRefreshTests : IAsyncLifetime, IDisposable
{
    private const string Question = "包工头跑路了，工钱找谁要？";
    private const string Marker = "（本条刚由工作人员更新）";

    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly RuleBook _rules = new(TestPaths.Rules, TestPaths.Prompts);
    private readonly CancellationTokenSource _stop = new();
    private LiteDbProvider _db = null!;
    private KnowledgeStore _store = null!;
    private KnowledgeService _knowledge = null!;
    private KnowledgeWatcher _watcher = null!;
    private AnswerEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _db = Open();
        _store = new KnowledgeStore(_db, TimeProvider.System);
        var options = Options.Create(new KnowledgeOptions { Path = TestPaths.Knowledge, PromptsPath = TestPaths.Prompts, RefreshSeconds = 0.5 });
        _knowledge = new KnowledgeService(_store, _rules, options, NullLogger<KnowledgeService>.Instance);
        _engine = new AnswerEngine(_knowledge, _rules, TimeProvider.System, NullLogger<AnswerEngine>.Instance);
        _ = _knowledge.Current;
        _watcher = new KnowledgeWatcher(_knowledge, options, TimeProvider.System, NullLogger<KnowledgeWatcher>.Instance);
        await _watcher.StartAsync(_stop.Token);
    }

    [Fact]
    public async Task EditDraftPublish_RunningEngine_AnswersWithIt()
    {
        var drafts = new KnowledgeDrafts(_db, _store, _rules, TimeProvider.System);
        Assert.Equal("guide/unpaid-wages", _engine.Answer(new Question(Question, [])).TopicId);

        drafts.Save("guide/unpaid-wages", WithMarker(), "wang");
        Assert.DoesNotContain(Marker, _engine.Answer(new Question(Question, [])).Text, StringComparison.Ordinal);

        Assert.True(drafts.Publish("guide/unpaid-wages", "wang").Published);
        Assert.True(await AnswersWithMarkerWithinAsync(Liveness));

        // The new snapshot shares the unchanged law index; disposing the replaced one leaves it working.
        _knowledge.DisposeRetired(all: true);
        Assert.NotEmpty(_knowledge.Current.Index.Search("复查 书面答复 30日", 5, EntryKind.Law));
    }

    [Fact]
    public async Task PublishFromAnotherStoreOnTheSameFile_ReachesTheRunningEngine()
    {
        using var other = Open();
        var otherStore = new KnowledgeStore(other, TimeProvider.System);
        var drafts = new KnowledgeDrafts(other, otherStore, _rules, TimeProvider.System);
        drafts.Save("guide/unpaid-wages", WithMarker(), "wang");
        Assert.True(drafts.Publish("guide/unpaid-wages", "wang").Published);

        Assert.True(await AnswersWithMarkerWithinAsync(Liveness));
    }

    [Fact]
    public async Task InvalidDraft_NeverReachesCitizens()
    {
        var drafts = new KnowledgeDrafts(_db, _store, _rules, TimeProvider.System);
        var broken = WithMarker().Replace("cites:\n", "cites:\n  - xinfang-gongzuo-tiaoli-2022#99\n", StringComparison.Ordinal);
        drafts.Save("guide/unpaid-wages", broken, "wang");
        var result = drafts.Publish("guide/unpaid-wages", "wang");

        Assert.False(result.Published);
        Assert.Contains(result.Errors, e => e.File == "guides/unpaid-wages.md" && e.Message.Contains("xinfang-gongzuo-tiaoli-2022#99", StringComparison.Ordinal));
        Assert.False(await AnswersWithMarkerWithinAsync(TimeSpan.FromSeconds(1.5)));
    }

    [Fact]
    public async Task CitedArticleUnpublished_SnapshotIsRejectedAndTheLastGoodStays()
    {
        var before = _knowledge.Current;
        var cited = before.Get("guide/unpaid-wages")!.Cites[0];
        using var other = Open();
        new KnowledgeStore(other, TimeProvider.System).SetStatus(cited, EntryStatus.Retired, "wang");

        // Waits for the watcher's verdict instead of a fixed time, which a loaded machine could outlast.
        Assert.True(await WithinAsync(Liveness, () => _knowledge.LastRejection.Any(p => p.EntryId == "guide/unpaid-wages" && p.Message.Contains(cited, StringComparison.Ordinal))));
        Assert.Same(before, _knowledge.Current);
        Assert.Contains(cited, _engine.Answer(new Question(Question, [])).Citations);
    }

    /// <summary>
    /// How long a published change may take before the test calls it lost. The watcher polls every 0.5 s; this is a
    /// bound for a loaded CI machine, not a speed target.
    /// </summary>
    private static TimeSpan Liveness => TimeSpan.FromSeconds(30);

    private string WithMarker()
    {
        var raw = _store.FileText("guides/unpaid-wages.md")!;
        return raw.Replace("summary: 欠薪属于劳动争议", "summary: " + Marker + "欠薪属于劳动争议", StringComparison.Ordinal);
    }

    private Task<bool> AnswersWithMarkerWithinAsync(TimeSpan limit) =>
        WithinAsync(limit, () => _engine.Answer(new Question(Question, [])).Text.Contains(Marker, StringComparison.Ordinal));

    private static async Task<bool> WithinAsync(TimeSpan limit, Func<bool> condition)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (started.Elapsed < limit)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private LiteDbProvider Open() => new(Options.Create(new StorageOptions { DatabasePath = _dbPath, Connection = "shared" }));

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watcher.StopAsync(CancellationToken.None);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _knowledge.Dispose();
        _db.Dispose();
        File.Delete(_dbPath);
        _stop.Dispose();
    }
}
