using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Support;

/// <summary>
/// Cases on a real LiteDB file and the shipped prompts/cases.zh.yaml, a movable clock, a recording citizen channel
/// (channel <c>test</c>) and a recording staff notifier.
/// </summary>
public sealed class CaseWorld : IDisposable
{
    public CaseWorld(CasesOptions? options = null, DateTimeOffset? now = null)
    {
        Clock = new FixedClock(now ?? new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8))); // a Wednesday
        DatabasePath = TestPaths.TempDatabase();
        Db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = DatabasePath }));
        Store = new ConversationStore(Db, Clock);
        CaseClock = new CaseClock(Options.Create(options ?? new CasesOptions()));
        Texts = CaseTexts.Load(Path.Combine(TestPaths.Prompts, CaseTexts.FileName));
        Audit = new AuditLog(Db, Clock);
        Service = new CaseService(Store, Db, CaseClock, Texts, [Channel], [Notifier], Audit, Clock, NullLogger<CaseService>.Instance);
        Staff = new StaffDirectory(Db, Clock, Options.Create(new StaffOptions { LockoutAttempts = 3, LockoutMinutes = 15 }));
    }

    public FixedClock Clock { get; }
    public string DatabasePath { get; }
    public LiteDbProvider Db { get; }
    public ConversationStore Store { get; }
    public CaseClock CaseClock { get; }
    public CaseTexts Texts { get; }
    public AuditLog Audit { get; }
    public CaseService Service { get; }
    public StaffDirectory Staff { get; }
    public RecordingChannel Channel { get; } = new();
    public RecordingNotifier Notifier { get; } = new();

    public static StaffActor Reviewer(string name = "wangfang") => new(name, StaffRoles.Reviewer, "test");

    public void Advance(TimeSpan by) => Clock.Set(Clock.GetUtcNow() + by);

    /// <summary>A citizen's chat with one question, escalated as <paramref name="kind"/>.</summary>
    public Escalation Open(string kind, string chat = "c1", string question = "老板拖欠工资，我叫王五，手机13812345678")
    {
        var conversation = Store.GetOrStart("test", chat);
        Store.Record(new ConversationMessage { ConversationId = conversation.Id, Direction = MessageDirection.In, Author = MessageAuthor.User, Text = question });
        var escalation = Store.Escalate(conversation.Id, StoredNames.Parse<EscalationKind>(kind));
        if (kind is "human-request" or "unresolved")
        {
            Store.SetState(conversation.Id, ConversationState.WaitingHuman);
        }

        return escalation;
    }

    public void Dispose()
    {
        Service.Dispose();
        Db.Dispose();
        File.Delete(DatabasePath);
    }

    /// <summary>A citizen channel that records what it was asked to send (and can fail).</summary>
    public sealed class RecordingChannel : ICitizenChannel
    {
        public List<(string Chat, string Text)> Sent { get; } = [];

        public bool Fail { get; set; }

        public string Channel => "test";

        public Task SendAsync(string chatId, string text, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new HttpRequestException("channel down");
            }

            Sent.Add((chatId, text));
            return Task.CompletedTask;
        }
    }

    /// <summary>A staff notifier that records what it was told.</summary>
    public sealed class RecordingNotifier : IStaffNotifier
    {
        public List<string> Events { get; } = [];

        public Task AnnouncePendingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task CaseChangedAsync(Escalation escalation, string what, string actor, CancellationToken cancellationToken)
        {
            Events.Add($"{what} #{escalation.Id} by {actor}");
            return Task.CompletedTask;
        }

        public Task CaseOverdueAsync(Escalation escalation, CancellationToken cancellationToken)
        {
            Events.Add($"overdue #{escalation.Id}");
            return Task.CompletedTask;
        }
    }
}
