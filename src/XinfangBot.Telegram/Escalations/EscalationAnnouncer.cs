using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Delivery;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;

namespace XinfangBot.Telegram.Escalations;

/// <summary>
/// Tells Telegram:AdminChatId about every open escalation not yet announced: case id, kind, priority, conversation and
/// time, never the citizen's words. Announced ids are kept in LiteDB, so a case opened just before a crash is announced
/// after the restart, and none is announced twice.
/// </summary>
internal sealed partial class EscalationAnnouncer : IDisposable
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    private readonly ConversationStore _store;
    private readonly DeliveryStore _delivery;
    private readonly BotSender _sender;
    private readonly TelegramTexts _texts;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EscalationAnnouncer> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public EscalationAnnouncer(ConversationStore store, DeliveryStore delivery, BotSender sender, TelegramTexts texts, IOptions<TelegramOptions> options, TimeProvider time, ILogger<EscalationAnnouncer> logger)
    {
        _store = store;
        _delivery = delivery;
        _sender = sender;
        _texts = texts;
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
            foreach (var escalation in _store.OpenEscalations().Where(e => !_delivery.IsAnnounced("telegram", e.Id)))
            {
                var notice = OfflineComposer.Fill(
                    _texts.AdminEscalation,
                    ("id", escalation.Id.ToString(CultureInfo.InvariantCulture)),
                    ("kind", _texts.EscalationKinds.GetValueOrDefault(escalation.Kind, escalation.Kind)),
                    ("code", escalation.Kind),
                    ("priority", escalation.Priority.ToString(CultureInfo.InvariantCulture)),
                    ("conversation", escalation.ConversationId),
                    ("time", new DateTimeOffset(escalation.CreatedUtc, TimeSpan.Zero).ToOffset(ChinaTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
                await _sender.SendAsync(_options.AdminChatId, Html.Escape(notice), cancellationToken: cancellationToken);
                _delivery.MarkAnnounced("telegram", escalation.Id);
                LogAnnounced(_logger, escalation.Id, escalation.Kind);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation case {Case} ({Kind}) announced to the admin chat")]
    private static partial void LogAnnounced(ILogger logger, long @case, string kind);
}
