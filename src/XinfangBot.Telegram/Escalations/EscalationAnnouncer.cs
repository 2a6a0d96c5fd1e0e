using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Storage;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;

namespace XinfangBot.Telegram.Escalations;

/// <summary>
/// Tells Telegram:AdminChatId about cases: every open case (and every new alert on one) not yet announced, with
/// take/show/resolve buttons; changes (taken, released, resolved); overdue cases. Case id, kind, priority, conversation
/// and time, never the citizen's words. Announced alerts are kept in LiteDB, so a case opened just before a crash is
/// announced after the restart, and none is announced twice.
/// </summary>
internal sealed partial class EscalationAnnouncer : IStaffNotifier, IDisposable
{
    private readonly ConversationStore _store;
    private readonly ILiteCollection<BsonDocument> _announced;
    private readonly BotSender _sender;
    private readonly TelegramTexts _texts;
    private readonly CaseTexts _caseTexts;
    private readonly CaseClock _clock;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EscalationAnnouncer> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public EscalationAnnouncer(ConversationStore store, LiteDbProvider db, BotSender sender, TelegramTexts texts, CaseTexts caseTexts, CaseClock clock, IOptions<TelegramOptions> options, TimeProvider time, ILogger<EscalationAnnouncer> logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        _store = store;
        _announced = db.Database.GetCollection("telegram_announced");
        _sender = sender;
        _texts = texts;
        _caseTexts = caseTexts;
        _clock = clock;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task AnnouncePendingAsync(CancellationToken cancellationToken)
    {
        if (_options.AdminChatId == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var escalation in _store.OpenEscalations())
            {
                var announced = _announced.FindById(escalation.Id);
                var count = announced is null ? 0 : announced["n"].IsNull ? 1 : announced["n"].AsInt32;
                if (count >= escalation.Alerts)
                {
                    continue;
                }

                var template = count == 0 ? _texts.AdminEscalation : _caseTexts.Staff.AdminRealert;
                var notice = OfflineComposer.Fill(
                    template,
                    ("id", escalation.Id.ToString(CultureInfo.InvariantCulture)),
                    ("kind", _texts.EscalationKinds.GetValueOrDefault(escalation.Kind, escalation.Kind)),
                    ("code", escalation.Kind),
                    ("priority", escalation.Priority.ToString(CultureInfo.InvariantCulture)),
                    ("conversation", escalation.ConversationId),
                    ("time", ChinaTime(escalation.CreatedUtc)));
                await _sender.SendAsync(_options.AdminChatId, Html.Escape(notice), CaseButtons(escalation.Id), cancellationToken: cancellationToken);
                _announced.Upsert(new BsonDocument { ["_id"] = escalation.Id, ["n"] = escalation.Alerts, ["at"] = _time.GetUtcNow().UtcDateTime });
                LogAnnounced(_logger, escalation.Id, escalation.Kind, escalation.Alerts);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task CaseChangedAsync(Escalation escalation, string what, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (_options.AdminChatId == 0)
        {
            return;
        }

        var notice = OfflineComposer.Fill(
            _caseTexts.Staff.AdminChanged,
            ("id", escalation.Id.ToString(CultureInfo.InvariantCulture)),
            ("actor", actor),
            ("action", _caseTexts.Staff.AdminActions.GetValueOrDefault(what, what)));
        await _sender.SendAsync(_options.AdminChatId, Html.Escape(notice), cancellationToken: cancellationToken);
    }

    public async Task CaseOverdueAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (_options.AdminChatId == 0)
        {
            return;
        }

        var notice = OfflineComposer.Fill(
            _caseTexts.Staff.AdminOverdue,
            ("id", escalation.Id.ToString(CultureInfo.InvariantCulture)),
            ("kind", _caseTexts.Kind(escalation.Kind)),
            ("due", CaseClock.Format(_clock.DueOf(escalation))),
            ("state", _caseTexts.State(escalation.Status)));
        await _sender.SendAsync(_options.AdminChatId, Html.Escape(notice), CaseButtons(escalation.Id), cancellationToken: cancellationToken);
    }

    /// <summary>Take, show and resolve buttons under a case notice (callback data <c>case:&lt;action&gt;:&lt;id&gt;</c>).</summary>
    public Keyboard CaseButtons(long id)
    {
        var b = _caseTexts.Staff.Buttons;
        var n = id.ToString(CultureInfo.InvariantCulture);
        return new Keyboard([[
            new Button(b.GetValueOrDefault("take", "take"), $"case:take:{n}"),
            new Button(b.GetValueOrDefault("show", "show"), $"case:show:{n}"),
            new Button(b.GetValueOrDefault("resolve", "resolve"), $"case:resolve:{n}"),
        ]]);
    }

    public static string ChinaTime(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(CaseClock.ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation case {Case} ({Kind}) announced to the admin chat (alert {Alert})")]
    private static partial void LogAnnounced(ILogger logger, long @case, string kind, int alert);
}
