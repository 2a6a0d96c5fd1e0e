using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Support;

/// <summary>The real engine over the shipped knowledge, a temporary LiteDB file and a fixed clock (2026-11-25).</summary>
public sealed class EngineFixture : IDisposable
{
    public EngineFixture()
    {
        Clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        DatabasePath = TestPaths.TempDatabase();
        Db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = DatabasePath }));
        Rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        Store = new KnowledgeStore(Db, Clock);
        Knowledge = new KnowledgeService(Store, Rules, TestPaths.KnowledgeOptions, NullLogger<KnowledgeService>.Instance);
        Engine = new AnswerEngine(Knowledge, Rules, Clock, NullLogger<AnswerEngine>.Instance);
        Conversations = new ConversationStore(Db, Clock);
        _ = Knowledge.Current;
    }

    public FixedClock Clock { get; }
    public string DatabasePath { get; }
    public LiteDbProvider Db { get; }
    public RuleBook Rules { get; }
    public KnowledgeStore Store { get; }
    public KnowledgeService Knowledge { get; }
    public AnswerEngine Engine { get; }
    public ConversationStore Conversations { get; }

    public Answer Ask(string text, params Turn[] history) => Engine.Answer(new Question(text, history));

    public void Dispose()
    {
        Knowledge.Dispose();
        Db.Dispose();
        File.Delete(DatabasePath);
    }
}

[CollectionDefinition(Name)]
public sealed class EngineGroup : ICollectionFixture<EngineFixture>
{
    public const string Name = "engine";
}
