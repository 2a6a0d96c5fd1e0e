using LiteDB;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Staff;

/// <summary>The audit log in LiteDB: every sign-in, transcript view and case action, newest first for admins.</summary>
public sealed class AuditLog
{
    private readonly LiteDbProvider _db;
    private readonly TimeProvider _time;

    public AuditLog(LiteDbProvider db, TimeProvider time)
    {
        _db = db;
        _time = time;
        Entries.EnsureIndex(e => e.AtUtc);
    }

    private ILiteCollection<AuditEntry> Entries => _db.Database.GetCollection<AuditEntry>("audit");

    public void Record(string actor, string source, string action, string? target = null, string? detail = null) =>
        Entries.Insert(new AuditEntry
        {
            AtUtc = _time.GetUtcNow().UtcDateTime,
            Actor = actor,
            Source = source,
            Action = action,
            Target = target,
            Detail = detail is null ? null : PiiMasker.Mask(detail.Length > 200 ? detail[..200] : detail),
        });

    public void Record(StaffActor actor, string action, string? target = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Record(actor.Name, actor.Source, action, target, detail);
    }

    public IReadOnlyList<AuditEntry> Latest(int count) =>
        Entries.Query().OrderByDescending(e => e.Id).Limit(count).ToList();
}
