using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>Per-message isolation: whatever fails inside the engine, the citizen gets an apology and the official channels.</summary>
[Collection(EngineGroup.Name)]
public sealed class EngineFailureTests(EngineFixture fixture)
{
    private const string Text = "我的老板拖欠工资三个月，电话13800138000";

    [Theory]
    [InlineData("我٣月٢日收到信访处理意见书，今天٤月٥日了，还能申请复查吗？")]
    [InlineData("我３月２日收到信访处理意见书，今天４月５日了，还能申请复查吗？")]
    [InlineData("我२०२६-०३-०२收到信访处理意见书，今天2026年4月5日了，还能申请复查吗？")]
    public void Answer_DatesInOtherDigits_ReadAsDates(string text)
    {
        var answer = fixture.Ask(text);

        Assert.NotEqual(AnswerMode.Error, answer.Mode);
        Assert.Contains("4月1日", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_EngineThrows_ApologyWithOfficialChannelsRecordedAndLoggedWithoutText()
    {
        var logs = new ConcurrentQueue<string>();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListProvider(logs)));
        var dbPath = TestPaths.TempDatabase();
        using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = dbPath }));
        // A knowledge folder that vanished: every answer throws inside the engine.
        using var broken = new KnowledgeService(new KnowledgeStore(db, fixture.Clock), fixture.Rules,
            Options.Create(new KnowledgeOptions { Path = "/no/such/knowledge", PromptsPath = TestPaths.Prompts }), NullLogger<KnowledgeService>.Instance);
        var engine = new AnswerEngine(broken, fixture.Rules, fixture.Clock, loggers.CreateLogger<AnswerEngine>());
        var store = new ConversationStore(db, fixture.Clock);
        var handler = new ConversationHandler(engine, store, loggers.CreateLogger<ConversationHandler>());

        var handled = await handler.HandleAsync(new IncomingMessage("test", "chat-1", Text, 1), CancellationToken.None);

        Assert.Equal(AnswerMode.Error, handled.Answer!.Mode);
        Assert.Equal(fixture.Rules.Templates.Failure, handled.Reply);
        Assert.Contains("12345", handled.Reply, StringComparison.Ordinal);
        Assert.Contains("网上信访", handled.Reply, StringComparison.Ordinal);
        var recorded = store.Recent(handled.ConversationId, 10);
        Assert.Contains(recorded, m => m.Direction == MessageDirection.In && m.Text.Contains("老板拖欠工资", StringComparison.Ordinal) && !m.Text.Contains("13800138000", StringComparison.Ordinal));
        Assert.Contains(recorded, m => m.Direction == MessageDirection.Out);
        Assert.Contains(logs, l => l.Contains("DirectoryNotFoundException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("老板", StringComparison.Ordinal) || l.Contains("13800138000", StringComparison.Ordinal));
        File.Delete(dbPath);
    }

    private sealed class ListProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}
