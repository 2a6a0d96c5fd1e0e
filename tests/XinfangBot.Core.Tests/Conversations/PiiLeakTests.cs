using System.Collections.Concurrent;
using System.Text;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Llm;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Conversations;

/// <summary>
/// The masking corpus end to end: every form goes through the conversation handler with a real LiteDB file, captured
/// logs at every level and the real Semantic Kernel connector against the fake LLM endpoint. None of it may be found
/// unmasked in the database file, its documents, the logs or the requests the LLM received.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class PiiLeakTests(EngineFixture fixture)
{
    private static readonly string[] Grievances =
    [
        "老板拖欠我工资三个月了怎么办",
        "我3月2日收到信访处理意见书，不服想申请复查",
        "村里征地补偿款一直不给",
        "被单位无故辞退了要求赔偿",
    ];

    /// <summary>Every form of the corpus (two per message, about 250 messages through the LLM path).</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public Task Handle_MaskingCorpus_NothingUnmaskedInDatabaseLogsOrLlm() => RunAsync(PiiCorpus.Generate());

    /// <summary>One form of every kind (the fast suite's share of the corpus).</summary>
    [Fact]
    public Task Handle_OneOfEachForm_NothingUnmaskedInDatabaseLogsOrLlm() =>
        RunAsync(PiiCorpus.Generate().DistinctBy(i => (i.Category, i.Form)).ToList());

    private async Task RunAsync(IReadOnlyList<PiiCorpus.Item> corpus)
    {
        var logs = new LogCollector();
        await using var llm = await FakeOpenAiServer.StartAsync();
        var dbPath = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "pii-" + Guid.NewGuid().ToString("N"), "bot.db");
        var provider = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = dbPath }));
        try
        {
            var phraser = new LlmPhraser(
                Options.Create(new LlmOptions { Endpoint = llm.BaseUrl, Model = "fake-model", ApiKey = "test-key", TimeoutSeconds = 5 }),
                TestPaths.KnowledgeOptions,
                logs.CreateLogger<LlmPhraser>());
            var engine = new AnswerEngine(fixture.Knowledge, fixture.Rules, fixture.Clock, logs.CreateLogger<AnswerEngine>(), phraser);
            var handler = new ConversationHandler(engine, new ConversationStore(provider, fixture.Clock), logs.CreateLogger<ConversationHandler>());

            var citizenTexts = new List<string>();
            for (var i = 0; i < corpus.Count; i += 2)
            {
                var pair = corpus.Skip(i).Take(2).ToList();
                var text = $"{Grievances[i / 2 % Grievances.Length]}。我的信息：{pair[0].Text}，另外{pair[^1].Text}。";
                citizenTexts.Add(text);
                if (i % 20 == 0)
                {
                    // Now and then the endpoint fails with a body that echoes a key; it must not reach the logs.
                    llm.Status = 500;
                }

                await handler.HandleAsync(new IncomingMessage("test", $"chat-{i % 7}", text, i), CancellationToken.None);
                llm.Status = 200;
            }

            Assert.True(llm.Requests.Count >= corpus.Count / 4, $"only {llm.Requests.Count} questions reached the LLM");
            var toLlm = string.Join('\n', llm.Requests.Select(r => string.Join('\n', r.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()))));
            Assert.Contains("[手机号]", toLlm, StringComparison.Ordinal);

            var documents = new StringBuilder();
            foreach (var name in provider.Database.GetCollectionNames())
            {
                foreach (var doc in provider.Database.GetCollection(name).FindAll())
                {
                    documents.AppendLine(JsonSerializer.Serialize(doc));
                }
            }

            Assert.Contains("[身份证号]", documents.ToString(), StringComparison.Ordinal);
            provider.Dispose();
            var file = string.Join('\n', Directory.GetFiles(Path.GetDirectoryName(dbPath)!).Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
            var logText = string.Join('\n', logs.Lines.Select(l => l.Text));

            var places = new (string Name, string Text)[] { ("database file", file), ("database documents", documents.ToString()), ("logs", logText), ("LLM requests", toLlm) };
            var leaks = (from place in places
                         let folded = PiiCorpus.Fold(place.Text)
                         from item in corpus
                         where folded.Contains(PiiCorpus.Fold(item.Secret), StringComparison.Ordinal)
                         select $"{place.Name}: {item.Category} / {item.Form}: {item.Text}").ToList();
            Assert.True(leaks.Count == 0, $"{leaks.Count} unmasked:\n" + string.Join('\n', leaks.Take(40)));

            // No citizen text at all in a log line at Information or above, and no upstream error body at any level.
            var grievanceWords = Grievances.Select(g => g[..6]).ToList();
            Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Information && grievanceWords.Any(w => l.Text.Contains(w, StringComparison.Ordinal)));
            Assert.DoesNotContain(logs.Lines, l => l.Text.Contains(FakeOpenAiServer.ErrorBody, StringComparison.Ordinal));
            Assert.Contains(logs.Lines, l => l.Text.Contains("HTTP status 500", StringComparison.Ordinal));
        }
        finally
        {
            provider.Dispose();
            Directory.Delete(Path.GetDirectoryName(dbPath)!, recursive: true);
        }
    }

    [Fact]
    public void Open_NewDatabase_FileIsOwnerOnlyAndFolderNotWorldReadable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "mode-" + Guid.NewGuid().ToString("N"), "data");
        var path = Path.Combine(folder, "bot.db");
        using (var provider = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = path })))
        {
            provider.Database.GetCollection("probe").Insert(new BsonDocument { ["x"] = 1 });
        }

        try
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(folder) & (UnixFileMode.OtherRead | UnixFileMode.OtherExecute | UnixFileMode.GroupRead));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Open_DatabasePathIsAFolder_RefusedNamingTheKey()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "dir-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var provider = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = folder }));

        var error = Assert.Throws<StorageConfigurationException>(() => provider.Database);
        Assert.Contains("Storage:DatabasePath", error.Message, StringComparison.Ordinal);
        Directory.Delete(folder);
    }

    private sealed class LogCollector : ILoggerFactory
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

        public Logger<T> CreateLogger<T>() => new(this);

        public ILogger CreateLogger(string categoryName) => new Collector(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Collector(LogCollector owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception)));
        }
    }
}
