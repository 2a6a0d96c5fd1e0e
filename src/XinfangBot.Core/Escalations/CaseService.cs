using LiteDB;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Staff;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Escalations;

/// <summary>
/// Every case operation, for every surface (Telegram admin commands, the web console, the CLI): list, show, take,
/// reply through the bot, release, resolve, and a draft FAQ from a resolved case. Each action is audited; what the
/// citizen is told goes through the conversation's <see cref="ICitizenChannel"/> and is recorded in the conversation.
/// </summary>
public sealed partial class CaseService : IDisposable
{
    private readonly ConversationStore _store;
    private readonly LiteDbProvider _db;
    private readonly CaseClock _clock;
    private readonly CaseTexts _texts;
    private readonly Dictionary<string, ICitizenChannel> _channels;
    private readonly IStaffNotifier[] _notifiers;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;
    private readonly ILogger<CaseService> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public CaseService(
        ConversationStore store,
        LiteDbProvider db,
        CaseClock clock,
        CaseTexts texts,
        IEnumerable<ICitizenChannel> channels,
        IEnumerable<IStaffNotifier> notifiers,
        AuditLog audit,
        TimeProvider time,
        ILogger<CaseService> logger)
    {
        _store = store;
        _db = db;
        _clock = clock;
        _texts = texts;
        _channels = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);
        _notifiers = notifiers.ToArray();
        _audit = audit;
        _time = time;
        _logger = logger;
    }

    public CaseTexts Texts => _texts;

    public CaseClock Clock => _clock;

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private ILiteCollection<FaqDraft> Drafts => _db.Database.GetCollection<FaqDraft>("faq_drafts");

    /// <summary>Cases, most urgent first (priority, then oldest), optionally by state and kind; overdue only if asked.</summary>
    public IReadOnlyList<Escalation> List(string? state = null, string? kind = null, bool overdueOnly = false)
    {
        IEnumerable<Escalation> cases = state is null or "" or "active"
            ? _store.OpenEscalations()
            : state == "all"
                ? _store.AllEscalations().OrderBy(e => e.IsActive ? 0 : 1).ThenBy(e => e.Priority).ThenByDescending(e => e.CreatedUtc)
                : StoredNames.TryParse<EscalationStatus>(state, out var status)
                    ? _store.AllEscalations().Where(e => e.Status == status).OrderBy(e => e.Priority).ThenByDescending(e => e.CreatedUtc)
                    : [];
        if (!string.IsNullOrEmpty(kind))
        {
            cases = StoredNames.TryParse<EscalationKind>(kind, out var named) ? cases.Where(e => e.Kind == named) : [];
        }

        if (overdueOnly)
        {
            cases = cases.Where(e => _clock.IsOverdue(e, Now));
        }

        return cases.ToList();
    }

    public Escalation? Get(long id) => _store.GetEscalation(id);

    /// <summary>The case a person has claimed in this conversation, if any.</summary>
    public Escalation? ClaimedIn(string conversationId) =>
        _store.EscalationsOf(conversationId).FirstOrDefault(e => e.Status == EscalationStatus.Claimed);

    public DateTime DueOf(Escalation escalation) => _clock.DueOf(escalation);

    public bool IsOverdue(Escalation escalation) => _clock.IsOverdue(escalation, Now);

    /// <summary>The last <paramref name="count"/> messages of the case's conversation (masked); the view is audited.</summary>
    public IReadOnlyList<ConversationMessage> Transcript(long id, StaffActor actor, int count = 20)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var escalation = Get(id);
        if (escalation is null)
        {
            return [];
        }

        _audit.Record(actor, "view-transcript", $"#{id}");
        return escalation.ConversationId.Length == 0 ? [] : _store.Recent(escalation.ConversationId, count);
    }

    /// <summary>Claims a case: the bot stops answering that chat by itself, and the citizen is told a person took it.</summary>
    public async Task<CaseResult> TakeAsync(long id, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await ChangeAsync(id, actor, "take", null, e =>
        {
            if (e.Status == EscalationStatus.Claimed && !SameName(e.Assignee, actor.Name))
            {
                return actor.Role == StaffRoles.Admin ? null : CaseError.ClaimedByOther;
            }

            return e.Status is EscalationStatus.Open or EscalationStatus.Claimed ? null : CaseError.WrongState;
        }, e =>
        {
            e.Status = EscalationStatus.Claimed;
            e.Assignee = actor.Name;
            e.ClaimedUtc ??= Now;
            e.FirstResponseUtc ??= Now;
            if (e.ConversationId.Length > 0)
            {
                _store.SetState(e.ConversationId, ConversationState.Human);
            }
        }, e => OfflineComposer.Fill(_texts.Citizen.Taken, ("id", Id(e))), cancellationToken);
        return result;
    }

    /// <summary>Sends staff text to the citizen as the bot's message, recorded in the conversation; takes an open case.</summary>
    public async Task<CaseResult> ReplyAsync(long id, StaffActor actor, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(text))
        {
            return CaseResult.Refused(CaseError.EmptyText, Get(id));
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var escalation = Get(id);
            var refusal = Check(escalation, actor);
            if (refusal is not null)
            {
                return CaseResult.Refused(refusal, escalation);
            }

            var e = escalation!;
            if (e.Status == EscalationStatus.Claimed && !SameName(e.Assignee, actor.Name) && actor.Role != StaffRoles.Admin)
            {
                return CaseResult.Refused(CaseError.ClaimedByOther, e);
            }

            if (!e.IsActive)
            {
                return CaseResult.Refused(CaseError.WrongState, e);
            }

            if (e.ConversationId.Length == 0)
            {
                return CaseResult.Refused(CaseError.CitizenDeleted, e);
            }

            var (channel, chatId) = Split(e.ConversationId);
            if (!_channels.TryGetValue(channel, out var sender))
            {
                return CaseResult.Refused(CaseError.NoChannel, e);
            }

            var message = OfflineComposer.Fill(_texts.Citizen.Reply, ("text", text.Trim()));
            var messageId = _store.Record(new ConversationMessage { ConversationId = e.ConversationId, Direction = MessageDirection.Out, Author = MessageAuthor.Staff(actor.Name), Text = message });
            try
            {
                await sender.SendAsync(chatId, message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSendFailed(_logger, e.Id, ex.GetType().Name);
                return CaseResult.Refused(CaseError.SendFailed, e);
            }

            _store.MarkDelivered(messageId);
            if (e.Status == EscalationStatus.Open)
            {
                e.Status = EscalationStatus.Claimed;
                e.Assignee = actor.Name;
                e.ClaimedUtc = Now;
                _store.SetState(e.ConversationId, ConversationState.Human);
            }

            e.FirstResponseUtc ??= Now;
            _store.UpdateEscalation(e);
            _audit.Record(actor, "reply", $"#{e.Id}", $"{text.Trim().Length} chars");
            LogReplied(_logger, e.Id, actor.Source, text.Length);
            return new CaseResult(e);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Hands the chat back to the bot (the case ends as released); the citizen is told.</summary>
    public Task<CaseResult> ReleaseAsync(long id, StaffActor actor, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "release", note, e =>
            !e.IsActive ? CaseError.WrongState
            : e.Status == EscalationStatus.Claimed && !SameName(e.Assignee, actor.Name) && actor.Role != StaffRoles.Admin ? CaseError.ClaimedByOther
            : null,
            e =>
            {
                e.Status = EscalationStatus.Released;
                e.ResolvedUtc = Now;
                e.Assignee ??= actor.Name;
                HandBack(e);
            }, e => OfflineComposer.Fill(_texts.Citizen.Released, ("id", Id(e))), cancellationToken);

    /// <summary>Closes the case with a note (required for crisis and threat); the bot answers that chat again.</summary>
    public Task<CaseResult> ResolveAsync(long id, StaffActor actor, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "resolve", note, e =>
            !e.IsActive ? CaseError.WrongState
            : e.Status == EscalationStatus.Claimed && !SameName(e.Assignee, actor.Name) && actor.Role != StaffRoles.Admin ? CaseError.ClaimedByOther
            : e.Kind is EscalationKind.Crisis or EscalationKind.Threat && string.IsNullOrWhiteSpace(note) ? CaseError.NoteRequired
            : null,
            e =>
            {
                e.Status = EscalationStatus.Resolved;
                e.ResolvedUtc = Now;
                e.Assignee ??= actor.Name;
                e.FirstResponseUtc ??= Now;
                HandBack(e);
            }, e => OfflineComposer.Fill(_texts.Citizen.Resolved, ("id", Id(e))) + "\n" + _texts.Citizen.NotAPetition, cancellationToken);

    /// <summary>Turns a resolved case into a draft FAQ (the citizen's last question and the staff answers, masked).</summary>
    public FaqDraft? DraftFaq(long id, StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var e = Get(id);
        if (e is null || e.Status != EscalationStatus.Resolved || e.ConversationId.Length == 0)
        {
            return null;
        }

        var messages = _store.Recent(e.ConversationId, 50);
        var question = messages.LastOrDefault(m => m.Direction == MessageDirection.In && !IsHumanRequestText(m.Text))?.Text;
        var answers = messages.Where(m => m.Author.Role == AuthorRole.Staff).Select(m => m.Text).ToList();
        if (question is null || answers.Count == 0)
        {
            return null;
        }

        var existing = Drafts.FindOne(d => d.CaseId == id);
        var draft = existing ?? new FaqDraft { CaseId = id };
        draft.Question = PiiMasker.Mask(question);
        draft.Answer = PiiMasker.Mask(string.Join("\n", answers));
        draft.Title = OfflineComposer.Fill(_texts.Staff.FaqTitle, ("question", draft.Question.Length > 30 ? draft.Question[..30] + "…" : draft.Question));
        draft.Author = actor.Name;
        draft.CreatedUtc = Now;
        Drafts.Upsert(draft);
        _audit.Record(actor, "faq-draft", $"#{id}", draft.SuggestedId);
        return draft;
    }

    public IReadOnlyList<FaqDraft> FaqDrafts() => Drafts.FindAll().OrderByDescending(d => d.Id).ToList();

    /// <summary>The message the citizen gets when a case opens: what happens, roughly when, and that this is no filing.</summary>
    public string OpenedNotice(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var text = _texts.Citizen.Opened.GetValueOrDefault(escalation.Kind.Name(), _texts.Citizen.Opened[EscalationKind.Unresolved.Name()]);
        return OfflineComposer.Fill(text, ("id", Id(escalation)), ("due", DueText(escalation))) + "\n" + _texts.Citizen.NotAPetition;
    }

    /// <summary>When staff respond at the latest, as the citizen reads it (<c>30分钟内</c>, or <c>12月8日 17:30</c>).</summary>
    public string DueText(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return escalation.Kind == EscalationKind.Crisis
            ? OfflineComposer.Fill(_texts.Citizen.CrisisDue, ("minutes", _clock.Options.CrisisDueMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : CaseClock.Format(DueOf(escalation));
    }

    /// <summary>Sends the citizen a case message through its channel and records it; false when it could not.</summary>
    public async Task<bool> TellCitizenAsync(Escalation escalation, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (escalation.ConversationId.Length == 0)
        {
            return false;
        }

        var (channel, chatId) = Split(escalation.ConversationId);
        if (!_channels.TryGetValue(channel, out var sender))
        {
            return false;
        }

        var messageId = _store.Record(new ConversationMessage { ConversationId = escalation.ConversationId, Direction = MessageDirection.Out, Author = MessageAuthor.Case, Text = text });
        try
        {
            await sender.SendAsync(chatId, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendFailed(_logger, escalation.Id, ex.GetType().Name);
            return false;
        }

        _store.MarkDelivered(messageId);
        return true;
    }

    private async Task<CaseResult> ChangeAsync(
        long id,
        StaffActor actor,
        string action,
        string? note,
        Func<Escalation, string?> check,
        Action<Escalation> apply,
        Func<Escalation, string> citizenText,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Escalation e;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var escalation = Get(id);
            var refusal = Check(escalation, actor) ?? check(escalation!);
            if (refusal is not null)
            {
                return CaseResult.Refused(refusal, escalation);
            }

            e = escalation!;
            apply(e);
            if (!string.IsNullOrWhiteSpace(note))
            {
                e.StaffNotes.Add(new CaseNote { AtUtc = Now, Author = actor.Name, Action = action, Text = PiiMasker.Mask(note.Trim()) });
            }

            _store.UpdateEscalation(e);
            _audit.Record(actor, action, $"#{e.Id}", string.IsNullOrWhiteSpace(note) ? null : "with note");
            LogChanged(_logger, e.Id, action, actor.Source);
        }
        finally
        {
            _gate.Release();
        }

        await TellCitizenAsync(e, citizenText(e), cancellationToken).ConfigureAwait(false);
        foreach (var notifier in _notifiers)
        {
            try
            {
                await notifier.CaseChangedAsync(e, action, actor.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotifyFailed(_logger, e.Id, ex.GetType().Name);
            }
        }

        return new CaseResult(e);
    }

    public void Dispose() => _gate.Dispose();

    private static string? Check(Escalation? escalation, StaffActor actor) =>
        escalation is null ? CaseError.NotFound
        : !StaffRoles.CanWorkCases(actor.Role) ? CaseError.NotAllowed
        : null;

    private void HandBack(Escalation e)
    {
        if (e.ConversationId.Length > 0 && _store.Find(e.ConversationId) is { } conversation
            && conversation.State is ConversationState.Human or ConversationState.WaitingHuman)
        {
            _store.SetState(e.ConversationId, ConversationState.Bot);
        }
    }

    private static bool IsHumanRequestText(string text) => text.Length <= 8 && text.Contains("人工", StringComparison.Ordinal);

    private static bool SameName(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Id(Escalation e) => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static (string Channel, string ChatId) Split(string conversationId)
    {
        var colon = conversationId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (conversationId, string.Empty) : (conversationId[..colon], conversationId[(colon + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {Case}: {Action} via {Source}")]
    private static partial void LogChanged(ILogger logger, long @case, string action, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {Case}: staff reply of {Length} chars sent via {Source}")]
    private static partial void LogReplied(ILogger logger, long @case, string source, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {Case}: a message to the citizen could not be sent ({Error})")]
    private static partial void LogSendFailed(ILogger logger, long @case, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {Case}: staff could not be notified ({Error})")]
    private static partial void LogNotifyFailed(ILogger logger, long @case, string error);
}
