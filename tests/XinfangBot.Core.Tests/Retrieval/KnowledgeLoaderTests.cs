using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Retrieval;

/// <summary>
/// The running host imports and indexes the knowledge in the background: not ready until the first snapshot is in use,
/// ready after; a load that fails keeps it not ready and is logged (and tried again), never half-ready.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly RuleBook _rules = new(TestPaths.Rules, TestPaths.Prompts);
    private readonly LiteDbProvider _db;

    public KnowledgeLoaderTests()
    {
        _db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _dbPath }));
    }

    [Fact]
    public async Task Load_ShippedKnowledge_ReadyOnceTheFirstSnapshotIsInUse()
    {
        using var knowledge = Service(TestPaths.Knowledge);
        var readiness = new KnowledgeReadiness(knowledge);
        using var loader = new KnowledgeLoader(knowledge, readiness, TimeProvider.System, NullLogger<KnowledgeLoader>.Instance);
        Assert.False(readiness.IsReady);
        var waiting = readiness.WaitAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        await loader.StartAsync(CancellationToken.None);
        await waiting.WaitAsync(TimeSpan.FromSeconds(120));

        Assert.True(readiness.IsReady);
        Assert.True(knowledge.Version >= 0);
        Assert.True(knowledge.Current.Count > 100);
        Assert.True(readiness.WaitAsync(CancellationToken.None).IsCompleted);
        await loader.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Load_KnowledgeFolderMissing_StaysNotReadyAndLogsTheFailure()
    {
        using var knowledge = Service("/no/such/knowledge");
        var readiness = new KnowledgeReadiness(knowledge);
        var logs = new ConcurrentQueue<string>();
        using var loader = new KnowledgeLoader(knowledge, readiness, TimeProvider.System, new ListLogger(logs));

        await loader.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (logs.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(logs, l => l.StartsWith("Error: Knowledge load failed", StringComparison.Ordinal));
        Assert.False(readiness.IsReady);
        await loader.StopAsync(CancellationToken.None);
        Assert.False(readiness.IsReady);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_dbPath);
    }

    private KnowledgeService Service(string folder) =>
        new(new KnowledgeStore(_db, TimeProvider.System), _rules, Options.Create(new KnowledgeOptions { Path = folder, PromptsPath = TestPaths.Prompts }), NullLogger<KnowledgeService>.Instance);

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger<KnowledgeLoader>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
