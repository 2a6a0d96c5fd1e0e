using XinfangBot.Core.Conversations;

namespace XinfangBot.Core.Escalations;

/// <summary>Tells staff where they are (the Telegram admin chat) about cases: new, raised, changed, overdue.</summary>
public interface IStaffNotifier
{
    /// <summary>Announces every case (or new alert on a case) not yet announced.</summary>
    Task AnnouncePendingAsync(CancellationToken cancellationToken);

    /// <summary>A case changed state (taken, released, resolved) by someone; <paramref name="what"/> is the action.</summary>
    Task CaseChangedAsync(Escalation escalation, string what, string actor, CancellationToken cancellationToken);

    /// <summary>A case is past its due time and still open or claimed.</summary>
    Task CaseOverdueAsync(Escalation escalation, CancellationToken cancellationToken);
}
