using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Delivery;
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
    private readonly ConversationService _conversations;
    private readonly DeliveryStore _delivery;
    private readonly BotSender _sender;
    private readonly TelegramTexts _texts;
    private readonly CaseTexts _caseTexts;
    private readonly CaseClock _clock;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EscalationAnnouncer> _logger;
    private static readonly TimeSpan CitizenWroteQuiet = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, DateTime> _citizenWrote = new();

    public EscalationAnnouncer(ConversationService conversations, DeliveryStore delivery, BotSender sender, TelegramTexts texts, CaseTexts caseTexts, CaseClock clock, IOptions<TelegramOptions> options, TimeProvider time, ILogger<EscalationAnnouncer> logger)
    {
        _conversations = conversations;
        _delivery = delivery;
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
            foreach (var escalation in _conversations.ActiveCases())
            {
                var count = _delivery.AnnouncedAlerts("telegram", escalation.Id);
                if (count >= escalation.Alerts)
                {
                    continue;
                }

                var template = count == 0 ? _texts.AdminEscalation : _caseTexts.Staff.AdminRealert;
                var notice = OfflineComposer.Fill(
                    template,
                    ("id", escalation.Id.ToString(CultureInfo.InvariantCulture)),
                    ("kind", _texts.EscalationKinds.GetValueOrDefault(escalation.Kind.Name(), escalation.Kind.Name())),
                    ("code", escalation.Kind.Name()),
                    ("priority", escalation.Priority.ToString(CultureInfo.InvariantCulture)),
                    ("conversation", escalation.ConversationId),
                    ("time", ChinaTime(escalation.CreatedUtc)));
                // Not cancelled by shutdown: a notice Telegram accepted must be recorded as announced, or the next start
                // would announce it again.
                await _sender.SendAsync(_options.AdminChatId, Html.Escape(notice), CaseButtons(escalation.Id), cancellationToken: CancellationToken.None);
                _delivery.MarkAnnounced("telegram", escalation.Id, escalation.Alerts);
                LogAnnounced(_logger, escalation.Id, escalation.Kind.Name(), escalation.Alerts);
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

    /// <summary>
    /// The citizen wrote in a chat a person holds: the admin chat is told (not what was written), at most once per
    /// <see cref="CitizenWroteQuiet"/> per case so a burst of messages is one notice.
    /// </summary>
    public async Task CitizenWroteAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var now = _time.GetUtcNow().UtcDateTime;
        if (_options.AdminChatId == 0 || (_citizenWrote.TryGetValue(escalation.Id, out var last) && now - last < CitizenWroteQuiet))
        {
            return;
        }

        _citizenWrote[escalation.Id] = now;
        var notice = OfflineComposer.Fill(
            _caseTexts.Staff.AdminCitizenWrote,
            ("id", escalation.Id.ToString(CultureInfo.InvariantCulture)),
            ("assignee", escalation.Assignee ?? string.Empty));
        await _sender.SendAsync(_options.AdminChatId, Html.Escape(notice), cancellationToken: cancellationToken);
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
