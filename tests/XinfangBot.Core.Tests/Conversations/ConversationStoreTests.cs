using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Conversations;

[Collection(EngineGroup.Name)]
public sealed class ConversationStoreTests(EngineFixture fixture)
{
    [Fact]
    public void Record_MasksIdCardPhoneAndBankCard()
    {
        var conversation = fixture.Conversations.GetOrStart("test", Guid.NewGuid().ToString("N"));
        var id = fixture.Conversations.Record(new ConversationMessage
        {
            ConversationId = conversation.Id,
            Text = "我身份证110101199003071234，电话13812345678，工资卡6222 0202 0000 1234 567",
        });
        var stored = fixture.Conversations.GetMessage(id)!.Text;
        Assert.DoesNotContain("110101199003071234", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("0000 1234", stored, StringComparison.Ordinal);
        Assert.Contains("[身份证号]", stored, StringComparison.Ordinal);
        Assert.Contains("[手机号]", stored, StringComparison.Ordinal);
        Assert.Contains("[银行卡号]", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Handler_DuplicateUpdate_IsAnsweredOnce()
    {
        var handler = new ConversationHandler(fixture.Engine, fixture.Conversations, NullLogger<ConversationHandler>.Instance);
        var chat = Guid.NewGuid().ToString("N");
        var first = handler.Handle(new IncomingMessage("test", chat, "老板拖欠工资怎么办", UpdateId: 7));
        fixture.Conversations.MarkDelivered(first.ReplyMessageId!.Value);
        var again = handler.Handle(new IncomingMessage("test", chat, "老板拖欠工资怎么办", UpdateId: 7));
        Assert.NotNull(first.Reply);
        Assert.True(again.Duplicate);
        Assert.Null(again.Reply);
    }

    [Fact]
    public void Handler_UndeliveredReply_IsSentAgainNotRecomputed()
    {
        var handler = new ConversationHandler(fixture.Engine, fixture.Conversations, NullLogger<ConversationHandler>.Instance);
        var chat = Guid.NewGuid().ToString("N");
        var first = handler.Handle(new IncomingMessage("test", chat, "信访有哪些方式？", UpdateId: 9));
        var again = handler.Handle(new IncomingMessage("test", chat, "信访有哪些方式？", UpdateId: 9));
        Assert.True(again.Duplicate);
        Assert.Equal(first.Reply, again.Reply);
        Assert.Equal(first.ReplyMessageId, again.ReplyMessageId);
    }

    [Fact]
    public void Handler_HumanRequest_OpensCaseAndHoldsTheChat()
    {
        var handler = new ConversationHandler(fixture.Engine, fixture.Conversations, NullLogger<ConversationHandler>.Instance);
        var chat = Guid.NewGuid().ToString("N");
        var human = handler.Handle(new IncomingMessage("test", chat, "转人工"));
        Assert.Equal("human-request", human.Escalation!.Kind);
        var next = handler.Handle(new IncomingMessage("test", chat, "老板拖欠工资怎么办"));
        Assert.True(next.HeldByHuman);
        Assert.Null(next.Reply);
        var crisis = handler.Handle(new IncomingMessage("test", chat, "我不想活了"));
        Assert.NotNull(crisis.Reply);
        Assert.Equal("crisis", crisis.Escalation!.Kind);
    }

    [Fact]
    public void Purge_RemovesOnlyConversationsIdleLongerThanRetention()
    {
        var path = TestPaths.TempDatabase();
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using (var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = path })))
        {
            var store = new ConversationStore(db, clock);
            var old = store.GetOrStart("test", "old");
            store.Record(new ConversationMessage { ConversationId = old.Id, Text = "旧消息" });
            clock.Set(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
            var recent = store.GetOrStart("test", "recent");
            store.Record(new ConversationMessage { ConversationId = recent.Id, Text = "新消息" });
            clock.Set(new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero));
            var worker = new RetentionWorker(store, Options.Create(new StorageOptions { DatabasePath = path, RetentionDays = 180 }), clock, NullLogger<RetentionWorker>.Instance);

            Assert.Equal(1, worker.PurgeNow());
            Assert.Null(store.Find(old.Id));
            Assert.NotNull(store.Find(recent.Id));
            Assert.Empty(store.Recent(old.Id, 10));
        }

        File.Delete(path);
    }
}
