using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
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
    public void Recent_InterleavedConversationsWithPrefixIds_ReturnsOwnLastMessagesOldestFirstFromTheIndexAndMarksOneDelivered()
    {
        var stem = Guid.NewGuid().ToString("N");
        var shorter = fixture.Conversations.GetOrStart("test", stem + "12");
        var longer = fixture.Conversations.GetOrStart("test", stem + "123");
        var ownIds = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            ownIds.Add(fixture.Conversations.Record(new ConversationMessage { ConversationId = shorter.Id, Text = $"第{i}条" }));
            fixture.Conversations.Record(new ConversationMessage { ConversationId = longer.Id, Text = $"别的{i}" });
        }

        var recent = fixture.Conversations.Recent(shorter.Id, 5);
        Assert.Equal(ownIds[^5..], recent.Select(m => m.Id));
        Assert.Equal(["第7条", "第8条", "第9条", "第10条", "第11条"], recent.Select(m => m.Text));
        Assert.Equal(12, fixture.Conversations.Recent(shorter.Id, 50).Count);
        Assert.Empty(fixture.Conversations.Recent("test:" + stem, 5));

        fixture.Conversations.MarkDelivered(ownIds[3]);
        var delivered = fixture.Conversations.GetMessage(ownIds[3])!;
        Assert.True(delivered.Delivered);
        Assert.Equal(("第3条", shorter.Id), (delivered.Text, delivered.ConversationId));
        Assert.False(fixture.Conversations.GetMessage(ownIds[4])!.Delivered);

        // Read from the end of the sequence index: no sort of the conversation's messages.
        var plan = fixture.Db.Database.GetCollection("messages").Query()
            .Where(LiteDB.BsonExpression.Create("$.ConversationId + '/' + FORMAT($._id, 'D19') BETWEEN @0 AND @1", shorter.Id + "/0", shorter.Id + "/9"))
            .OrderByDescending(LiteDB.BsonExpression.Create("$.ConversationId + '/' + FORMAT($._id, 'D19')"))
            .Limit(5)
            .GetPlan();
        Assert.Equal("sequence", plan["index"]["name"].AsString);
        Assert.False(plan.ContainsKey("orderBy"), plan.ToString());
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
        Assert.Equal(EscalationKind.HumanRequest, human.Escalation!.Kind);
        var next = handler.Handle(new IncomingMessage("test", chat, "老板拖欠工资怎么办"));
        Assert.True(next.HeldByHuman);
        Assert.Null(next.Reply);
        var crisis = handler.Handle(new IncomingMessage("test", chat, "我不想活了"));
        Assert.NotNull(crisis.Reply);
        Assert.Equal(EscalationKind.Crisis, crisis.Escalation!.Kind);
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
