using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Escalations;

/// <summary>
/// Watches open cases on the injected clock: a request for a person nobody took within
/// <see cref="CasesOptions.NobodyFreeMinutes"/> gets an honest "nobody is free yet" with the official channels (never
/// silence), and a case past its due time is announced to staff again, at most every
/// <see cref="CasesOptions.OverdueRepeatMinutes"/>.
/// </summary>
internal sealed partial class CaseWatchWorker(
    CaseService cases,
    ConversationStore store,
    IEnumerable<IStaffNotifier> notifiers,
    TimeProvider time,
    ILogger<CaseWatchWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(cases.Clock.Options.WatchIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckNowAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass is retried at the next tick; it never stops the bot.
                LogFailed(logger, ex.GetType().Name, ex.Message);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass; returns how many citizens were told and how many overdue cases announced.</summary>
    public async Task<(int NobodyFree, int Overdue)> CheckNowAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var options = cases.Clock.Options;
        int told = 0, overdue = 0;
        foreach (var e in store.OpenEscalations())
        {
            if (e.Status == EscalationStatus.Open && e.Kind is EscalationKind.HumanRequest or EscalationKind.Unresolved
                && e.NobodyFreeSentUtc is null && now - e.CreatedUtc >= TimeSpan.FromMinutes(options.NobodyFreeMinutes))
            {
                var text = Fill(cases.Texts.Citizen.NobodyFree, e) + "\n" + cases.Texts.Citizen.NotAPetition;
                e.NobodyFreeSentUtc = now;
                store.UpdateEscalation(e);
                if (await cases.TellCitizenAsync(e, text, cancellationToken).ConfigureAwait(false))
                {
                    told++;
                    LogNobodyFree(logger, e.Id);
                }
            }

            if (cases.Clock.IsOverdue(e, now) && (e.OverdueAnnouncedUtc is null || now - e.OverdueAnnouncedUtc >= TimeSpan.FromMinutes(options.OverdueRepeatMinutes)))
            {
                e.OverdueAnnouncedUtc = now;
                store.UpdateEscalation(e);
                foreach (var notifier in notifiers)
                {
                    await notifier.CaseOverdueAsync(e, cancellationToken).ConfigureAwait(false);
                }

                overdue++;
                LogOverdue(logger, e.Id, e.Kind.Name());
            }
        }

        return (told, overdue);
    }

    private string Fill(string template, Escalation e) =>
        OfflineComposer.Fill(template, ("id", e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("due", cases.DueText(e)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {Case}: nobody took it yet; the citizen was told and given the official channels")]
    private static partial void LogNobodyFree(ILogger logger, long @case);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {Case} ({Kind}) is overdue; announced to staff again")]
    private static partial void LogOverdue(ILogger logger, long @case, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case watch failed ({Error}): {Message}")]
    private static partial void LogFailed(ILogger logger, string error, string message);
}
