using LiteDB;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Conversations;

/// <summary>
/// A database written while modes, kinds, states, directions, case statuses and authors were strings reads back identically through the enums,
/// and what the enums write is that same shape (documents built here as main's BsonMapper wrote them).
/// </summary>
public sealed class StoredShapeTests : IDisposable
{
    private static readonly DateTime At = new(2026, 12, 6, 2, 0, 0, DateTimeKind.Utc);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"xfb-shape-{Guid.NewGuid():N}.db");
    private readonly LiteDbProvider _db;
    private readonly ConversationStore _store;

    public StoredShapeTests()
    {
        _db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _path }));
        _store = new ConversationStore(_db, TimeProvider.System);
    }

    [Fact]
    public void Read_DocumentsWithStringFields_ReadBackIdentically()
    {
        _db.Database.GetCollection("conversations").Insert(new BsonDocument
        {
            ["_id"] = "telegram:42",
            ["Channel"] = "telegram",
            ["ChatId"] = "42",
            ["UserRef"] = BsonValue.Null,
            ["StartedUtc"] = At,
            ["LastActivityUtc"] = At,
            ["State"] = "waiting-human",
        });
        var messages = _db.Database.GetCollection("messages");
        messages.Insert(Message(1, "in", "user", "转人工", mode: null, escalation: null));
        messages.Insert(Message(2, "out", "bot", "已为您转人工", mode: "human", escalation: "human-request"));
        messages.Insert(Message(3, "out", "bot", "分步说明", mode: "answer-llm", escalation: null));
        messages.Insert(Message(4, "out", "staff:wangfang", "我来处理", mode: null, escalation: null));
        messages.Insert(Message(5, "out", "case", "案件已转回", mode: null, escalation: null));
        _db.Database.GetCollection("escalations").Insert(new BsonDocument
        {
            ["_id"] = 1L,
            ["ConversationId"] = "telegram:42",
            ["Kind"] = "human-request",
            ["Priority"] = 3,
            ["Status"] = "claimed",
            ["Assignee"] = "wangfang",
            ["CreatedUtc"] = At,
            ["Alerts"] = 1,
            ["Notes"] = new BsonArray(),
            ["StaffNotes"] = new BsonArray(),
        });
        _db.Database.GetCollection("escalations").Insert(new BsonDocument
        {
            ["_id"] = 2L,
            ["ConversationId"] = string.Empty,
            ["Kind"] = "crisis",
            ["Priority"] = 1,
            ["Status"] = "resolved",
            ["CreatedUtc"] = At,
            ["Alerts"] = 1,
            ["Notes"] = new BsonArray(),
            ["StaffNotes"] = new BsonArray(),
            ["DeletedBy"] = "retention",
        });

        var conversation = _store.Find("telegram:42")!;
        var recent = _store.Recent("telegram:42", 10);
        var escalation = _store.GetEscalation(1)!;

        Assert.Equal(ConversationState.WaitingHuman, conversation.State);
        Assert.Equal([MessageDirection.In, MessageDirection.Out, MessageDirection.Out, MessageDirection.Out, MessageDirection.Out], recent.Select(m => m.Direction));
        Assert.Equal([null, AnswerMode.Human, AnswerMode.AnswerLlm, null, null], recent.Select(m => m.Mode));
        Assert.Equal([null, EscalationKind.HumanRequest, null, null, null], recent.Select(m => m.Escalation));
        Assert.Equal([MessageAuthor.User, MessageAuthor.Bot, MessageAuthor.Bot, MessageAuthor.Staff("wangfang"), MessageAuthor.Case], recent.Select(m => m.Author));
        Assert.Equal("wangfang", recent[3].Author.Name);
        Assert.Equal(EscalationKind.HumanRequest, escalation.Kind);
        Assert.Equal(EscalationStatus.Claimed, escalation.Status);
        Assert.True(escalation.IsActive);
        Assert.Null(escalation.DeletedBy);
        Assert.Equal((EscalationStatus.Resolved, DeletionReason.Retention), (_store.GetEscalation(2)!.Status, _store.GetEscalation(2)!.DeletedBy));
        Assert.Equal([1L], _store.OpenEscalations().Select(e => e.Id));
        Assert.Equal(3, escalation.Priority);
        Assert.Equal(2, _store.ReplyTo("telegram:42", 2)!.Id);
    }

    [Fact]
    public void Write_ThroughTheEnums_StoresTheOldStrings()
    {
        var conversation = _store.GetOrStart("telegram", "7");
        _store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.In, Text = "我不想活了", UpdateId = 5 });
        var answerId = _store.Record(new ConversationMessage
        {
            ConversationId = conversation.Id,
            Direction = MessageDirection.Out,
            Author = MessageAuthor.Bot,
            Text = "请拨打",
            UpdateId = 5,
            Mode = AnswerMode.Crisis,
            Escalation = EscalationKind.Crisis,
        });
        var staffId = _store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.Out, Author = MessageAuthor.Staff("li"), Text = "您好" });
        var caseId = _store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.Out, Author = MessageAuthor.Case, Text = "已转回" });
        var escalation = _store.Escalate(conversation.Id, EscalationKind.HumanRequest);
        _store.SetState(conversation.Id, ConversationState.WaitingHuman);
        var resolved = _store.GetEscalation(escalation.Id)!;
        resolved.Status = EscalationStatus.Resolved;
        _store.UpdateEscalation(resolved);

        var stored = _db.Database.GetCollection("messages").FindById(answerId);
        var question = _db.Database.GetCollection("messages").FindOne(Query.EQ("Text", "我不想活了"));

        Assert.Equal("out", stored["Direction"].AsString);
        Assert.Equal("in", question["Direction"].AsString);
        Assert.Equal("crisis", stored["Mode"].AsString);
        Assert.Equal("crisis", stored["Escalation"].AsString);
        Assert.Equal("bot", stored["Author"].AsString);
        Assert.Equal("user", question["Author"].AsString);
        Assert.Equal("staff:li", _db.Database.GetCollection("messages").FindById(staffId)["Author"].AsString);
        Assert.Equal("case", _db.Database.GetCollection("messages").FindById(caseId)["Author"].AsString);
        Assert.Equal("human-request", _db.Database.GetCollection("escalations").FindById(escalation.Id)["Kind"].AsString);
        Assert.Equal("resolved", _db.Database.GetCollection("escalations").FindById(escalation.Id)["Status"].AsString);
        Assert.Empty(_store.OpenEscalations());
        Assert.Equal("waiting-human", _db.Database.GetCollection("conversations").FindById(conversation.Id)["State"].AsString);
        Assert.Equal(answerId, _store.ReplyTo(conversation.Id, 5)!.Id);

        _store.Forget(conversation.Id, DeletionReason.Retention);
        Assert.Equal("retention", _db.Database.GetCollection("escalations").FindById(escalation.Id)["DeletedBy"].AsString);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_path);
        File.Delete(_path + ".lock");
    }

    private static BsonDocument Message(long id, string direction, string author, string text, string? mode, string? escalation) => new()
    {
        ["_id"] = id,
        ["ConversationId"] = "telegram:42",
        ["Direction"] = direction,
        ["Author"] = author,
        ["Text"] = text,
        ["UpdateId"] = id,
        ["AtUtc"] = At,
        ["Citations"] = new BsonArray(),
        ["Channels"] = new BsonArray(),
        ["Escalation"] = escalation is null ? BsonValue.Null : escalation,
        ["TopicId"] = BsonValue.Null,
        ["LatencyMs"] = 0.0,
        ["Delivered"] = direction == "out",
        ["Followups"] = new BsonArray(),
        ["Mode"] = mode is null ? BsonValue.Null : mode,
        ["Confidence"] = 0.0,
        ["OutOfScope"] = false,
    };
}
