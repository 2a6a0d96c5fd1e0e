using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Conversations;

public sealed class ConversationStoreTransactionTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"xfb-store-{Guid.NewGuid():N}.db");
    private readonly LiteDbProvider _db;
    private readonly ConversationStore _store;

    public ConversationStoreTransactionTests()
    {
        _db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _path }));
        _store = new ConversationStore(_db, TimeProvider.System);
    }

    [Fact]
    public void InTransaction_WorkThrows_NothingIsKept()
    {
        var conversation = _store.GetOrStart("test", "1");

        Assert.Throws<InvalidOperationException>(() => _store.InTransaction<long>(() =>
        {
            _store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.In, Text = "问题", UpdateId = 7 });
            _store.Escalate(conversation.Id, EscalationKind.HumanRequest);
            throw new InvalidOperationException("crash between the question and its answer");
        }));

        Assert.False(_store.HasUpdate(conversation.Id, 7));
        Assert.Empty(_store.EscalationsOf(conversation.Id));
    }

    [Fact]
    public void InTransaction_WorkSucceeds_AllIsKept()
    {
        var conversation = _store.GetOrStart("test", "2");

        var id = _store.InTransaction(() =>
        {
            _store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.In, Text = "问题", UpdateId = 8 });
            return _store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.Out, Text = "回答", UpdateId = 8 });
        });

        Assert.True(_store.HasUpdate(conversation.Id, 8));
        Assert.Equal(id, _store.ReplyTo(conversation.Id, 8)!.Id);
    }

    [Fact]
    public void HasFeedback_AfterAddFeedback_IsTrueForThatAnswerOnly()
    {
        var conversation = _store.GetOrStart("test", "3");
        _store.AddFeedback(conversation.Id, 41, useful: true);

        Assert.True(_store.HasFeedback(conversation.Id, 41));
        Assert.False(_store.HasFeedback(conversation.Id, 42));
        Assert.False(_store.HasFeedback("test:other", 41));
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_path);
    }
}
