using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Core.Storage;
using XinfangBot.Telegram.Escalations;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Sending;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Admin;

/// <summary>
/// Case work from the Telegram admin chat (CONTRACTS §7): /cases /case /take /reply /release /resolve and the buttons
/// under case notices. Only in Telegram:AdminChatId and only from Telegram users linked to an active reviewer or admin
/// account; anything else there is ignored, and the same commands elsewhere are ordinary text.
/// </summary>
internal sealed partial class AdminDesk(
    CaseService cases,
    StaffDirectory staff,
    AuditLog audit,
    EscalationAnnouncer announcer,
    BotSender sender,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<AdminDesk> logger)
{
    public static readonly string[] CommandNames = ["cases", "case", "take", "reply", "release", "resolve"];
    private const string CallbackPrefix = "case:";

    private StaffCaseTexts T => cases.Texts.Staff;

    public bool IsAdminChat(long chatId) => options.Value.AdminChatId != 0 && chatId == options.Value.AdminChatId;

    public async Task HandleAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var isCommand = inbound.Kind == InboundKind.Command && CommandNames.Contains(inbound.Command);
        var isButton = inbound.Kind == InboundKind.Callback && inbound.CallbackData?.StartsWith(CallbackPrefix, StringComparison.Ordinal) == true;
        if (!isCommand && !isButton)
        {
            if (inbound.Kind == InboundKind.Callback)
            {
                await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
            }

            return;
        }

        var account = inbound.UserId is { } userId ? staff.FindByTelegram(userId) : null;
        if (account is null || !StaffRoles.CanWorkCases(account.Role))
        {
            LogRefused(logger, inbound.UpdateId, inbound.UserId ?? 0);
            if (isButton)
            {
                await sender.AnswerCallbackAsync(inbound.CallbackId!, T.Errors[CaseError.NotAllowed], cancellationToken);
            }

            return;
        }

        var actor = new StaffActor(account.Name, account.Role, "telegram");
        string reply;
        Keyboard? keyboard = null;
        if (isButton)
        {
            await sender.AnswerCallbackAsync(inbound.CallbackId!, cancellationToken: cancellationToken);
            var parts = inbound.CallbackData![CallbackPrefix.Length..].Split(':');
            if (parts.Length != 2 || !TryId(parts[1], out var id))
            {
                return;
            }

            (reply, keyboard) = parts[0] switch
            {
                "take" => (await TakeAsync(id, actor, cancellationToken), null),
                "show" => Show(id, actor),
                "resolve" => (await ResolveButtonAsync(id, actor, cancellationToken), null),
                _ => (T.AdminUsage, null),
            };
        }
        else
        {
            (reply, keyboard) = await CommandAsync(inbound.Command!, Arguments(inbound.Text ?? string.Empty), actor, cancellationToken);
        }

        await sender.SendAsync(inbound.ChatId, Html.Escape(reply), keyboard, inbound.MessageId, cancellationToken);
    }

    private async Task<(string Text, Keyboard? Keyboard)> CommandAsync(string command, string args, StaffActor actor, CancellationToken cancellationToken)
    {
        if (command == "cases")
        {
            return (List(actor), null);
        }

        var space = args.IndexOfAny([' ', '\n']);
        var idText = space < 0 ? args : args[..space];
        var rest = space < 0 ? string.Empty : args[(space + 1)..].Trim();
        if (!TryId(idText.TrimStart('#'), out var id))
        {
            return (T.AdminUsage, null);
        }

        return command switch
        {
            "case" => Show(id, actor),
            "take" => (await TakeAsync(id, actor, cancellationToken), null),
            "reply" => (Outcome(await cases.ReplyAsync(id, actor, rest, cancellationToken), T.AdminDoneReply, id), null),
            "release" => (Outcome(await cases.ReleaseAsync(id, actor, rest, cancellationToken), T.AdminDoneRelease, id), null),
            "resolve" => (Outcome(await cases.ResolveAsync(id, actor, rest, cancellationToken), T.AdminDoneResolve, id), null),
            _ => (T.AdminUsage, null),
        };
    }

    private async Task<string> TakeAsync(long id, StaffActor actor, CancellationToken cancellationToken) =>
        Outcome(await cases.TakeAsync(id, actor, cancellationToken), T.AdminDoneTake, id);

    private async Task<string> ResolveButtonAsync(long id, StaffActor actor, CancellationToken cancellationToken)
    {
        var e = cases.Get(id);
        if (e is { Kind: EscalationKind.Crisis or EscalationKind.Threat } && e.IsActive)
        {
            return Fill(T.AdminResolveNeedsNote, id);
        }

        return Outcome(await cases.ResolveAsync(id, actor, null, cancellationToken), T.AdminDoneResolve, id);
    }

    private string List(StaffActor actor)
    {
        audit.Record(actor, "list-cases");
        var open = cases.List();
        if (open.Count == 0)
        {
            return T.AdminCasesEmpty;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var text = new StringBuilder(T.AdminCasesHeader);
        foreach (var e in open)
        {
            text.Append('\n').Append(OfflineComposer.Fill(
                T.AdminCaseLine,
                ("id", e.Id.ToString(CultureInfo.InvariantCulture)),
                ("kind", cases.Texts.Kind(e.Kind)),
                ("age", Age(now - e.CreatedUtc)),
                ("state", cases.Texts.State(e.Status)),
                ("assignee", e.Assignee is null || e.Status != EscalationStatus.Claimed ? string.Empty : OfflineComposer.Fill(T.AdminAssignee, ("name", e.Assignee))),
                ("overdue", cases.IsOverdue(e) ? T.AdminOverdueMark : string.Empty)));
        }

        return text.ToString();
    }

    private (string Text, Keyboard? Keyboard) Show(long id, StaffActor actor)
    {
        var e = cases.Get(id);
        if (e is null)
        {
            return (T.Errors[CaseError.NotFound], null);
        }

        var text = new StringBuilder(OfflineComposer.Fill(
            T.AdminCaseHeader,
            ("id", e.Id.ToString(CultureInfo.InvariantCulture)),
            ("kind", cases.Texts.Kind(e.Kind)),
            ("state", cases.Texts.State(e.Status)),
            ("assignee", e.Assignee is null ? string.Empty : OfflineComposer.Fill(T.AdminAssignee, ("name", e.Assignee))),
            ("opened", CaseClock.Format(e.CreatedUtc)),
            ("due", CaseClock.Format(cases.DueOf(e)))));
        if (e.DeletedBy is { } deletedBy)
        {
            text.Append('\n').Append(T.Deleted.GetValueOrDefault(deletedBy.Name(), deletedBy.Name()));
        }

        var transcript = cases.Transcript(id, actor);
        if (transcript.Count == 0)
        {
            text.Append('\n').Append(T.AdminTranscriptEmpty);
        }

        foreach (var m in transcript)
        {
            var who = m.Direction == MessageDirection.In ? T.AdminWhoUser : m.Author.Role == AuthorRole.Staff ? T.AdminWhoStaff : T.AdminWhoBot;
            text.Append('\n').Append(OfflineComposer.Fill(T.AdminTranscriptLine, ("time", CaseClock.Format(m.AtUtc)), ("who", who), ("text", m.Text)));
        }

        foreach (var note in e.StaffNotes)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"[{note.Author} {CaseClock.Format(note.AtUtc)}] {note.Text}");
        }

        return (text.ToString(), e.IsActive ? announcer.CaseButtons(e.Id) : null);
    }

    private string Outcome(CaseResult result, string done, long id)
    {
        if (result.Ok)
        {
            return Fill(done, id);
        }

        var template = T.Errors.GetValueOrDefault(result.Error!, result.Error!);
        return OfflineComposer.Fill(
            template,
            ("state", result.Case is null ? string.Empty : cases.Texts.State(result.Case.Status)),
            ("assignee", result.Case?.Assignee ?? string.Empty));
    }

    private static string Fill(string template, long id) =>
        OfflineComposer.Fill(template, ("id", id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The text after the command word (and any <c>@botname</c>).</summary>
    private static string Arguments(string text)
    {
        var end = text.IndexOfAny([' ', '\n']);
        return end < 0 ? string.Empty : text[(end + 1)..].Trim();
    }

    private static bool TryId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private static string Age(TimeSpan age) => age.TotalMinutes < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)age.TotalMinutes)}分钟")
        : age.TotalHours < 48
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalHours}小时")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays}天");

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {Update}: admin command from Telegram user {User}, who is not linked to an active reviewer or admin; ignored")]
    private static partial void LogRefused(ILogger logger, int update, long user);
}
