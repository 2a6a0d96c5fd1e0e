using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Core.Storage;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary>The case queue (<c>/cases</c>, filters and due times) and a case page (<c>/cases/{id}</c>) with its actions.</summary>
internal static class CasePages
{
    private static readonly string[] Kinds = [.. EscalationKinds.All.Select(k => k.Name())];

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/cases").RequireAuthorization(Policies.Cases);
        group.MapGet("", Queue);
        group.MapGet("/{id:long}", Show);
        group.MapPost("/{id:long}/take", (long id, HttpContext c, CaseService s) => ActAsync(c, id, "take", (a, f, ct) => s.TakeAsync(id, a, ct)));
        group.MapPost("/{id:long}/reply", (long id, HttpContext c, CaseService s) => ActAsync(c, id, "reply", (a, f, ct) => s.ReplyAsync(id, a, f["text"].ToString(), ct)));
        group.MapPost("/{id:long}/release", (long id, HttpContext c, CaseService s) => ActAsync(c, id, "release", (a, f, ct) => s.ReleaseAsync(id, a, f["note"].ToString(), ct)));
        group.MapPost("/{id:long}/resolve", (long id, HttpContext c, CaseService s) => ActAsync(c, id, "resolve", (a, f, ct) => s.ResolveAsync(id, a, f["note"].ToString(), ct)));
        group.MapPost("/{id:long}/faq", Draft);
    }

    public static StaffActor Actor(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "-", user.FindFirst(ClaimTypes.Role)?.Value ?? string.Empty, "web");

    private static IResult Queue(HttpContext context, CaseService cases, string? state, string? kind, string? overdue)
    {
        var list = cases.List(state, kind, overdue == "1");
        var texts = cases.Texts;
        var html = new StringBuilder($"<h1>{H.E(ConsoleText.Queue)}</h1>");
        html.Append("<form class=\"filters\" method=\"get\" action=\"/cases\"><select name=\"state\" aria-label=\"").Append(H.E(ConsoleText.State)).Append("\">")
            .Append(Option("", ConsoleText.AllStates, state)).Append(Option("all", ConsoleText.AnyState, state));
        foreach (var s in EscalationStatuses.All)
        {
            html.Append(Option(s.Name(), texts.State(s), state));
        }

        html.Append("</select><select name=\"kind\" aria-label=\"").Append(H.E(ConsoleText.Kind)).Append("\">").Append(Option("", ConsoleText.AnyKind, kind));
        foreach (var k in Kinds)
        {
            html.Append(Option(k, texts.Kind(k), kind));
        }

        html.Append("</select><label><input type=\"checkbox\" name=\"overdue\" value=\"1\"").Append(overdue == "1" ? " checked" : string.Empty).Append("> ")
            .Append(H.E(ConsoleText.OverdueOnly)).Append("</label><button type=\"submit\">").Append(H.E(ConsoleText.Filter)).Append("</button></form>");
        if (list.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(H.E(ConsoleText.NoCases)).Append("</p>");
            return Layout.Html(context, ConsoleText.Queue, html.ToString());
        }

        html.Append("<table><thead><tr><th>").Append(H.E(ConsoleText.Case)).Append("</th><th>").Append(H.E(ConsoleText.Kind)).Append("</th><th>")
            .Append(H.E(ConsoleText.State)).Append("</th><th>").Append(H.E(ConsoleText.Assignee)).Append("</th><th>").Append(H.E(ConsoleText.Opened))
            .Append("</th><th>").Append(H.E(ConsoleText.Due)).Append("</th></tr></thead><tbody>");
        foreach (var e in list)
        {
            var late = cases.IsOverdue(e);
            html.Append(late ? "<tr class=\"overdue\">" : "<tr>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"/cases/{e.Id}\">#{e.Id}</a></td>")
                .Append("<td><span class=\"badge ").Append(H.E(e.Kind.Name())).Append("\">").Append(H.E(texts.Kind(e.Kind))).Append("</span></td>")
                .Append("<td>").Append(H.E(texts.State(e.Status)));
            if (e.DeletedBy is { } by)
            {
                html.Append(" <span class=\"muted\">").Append(H.E(texts.Staff.Deleted.GetValueOrDefault(by.Name(), by.Name()))).Append("</span>");
            }

            html.Append("</td><td>").Append(H.E(e.Assignee ?? "—")).Append("</td><td>").Append(H.E(CaseClock.Format(e.CreatedUtc))).Append("</td><td>")
                .Append(H.E(CaseClock.Format(cases.DueOf(e))));
            if (late)
            {
                html.Append(" <span class=\"badge late\">").Append(H.E(ConsoleText.Overdue)).Append("</span>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return Layout.Html(context, ConsoleText.Queue, html.ToString());
    }

    private static IResult Show(HttpContext context, long id, CaseService cases, string? m, string? e)
    {
        var escalation = cases.Get(id);
        if (escalation is null)
        {
            return Layout.Html(context, ConsoleText.NotFound, $"<p>{H.E(ConsoleText.NotFound)}</p>", StatusCodes.Status404NotFound);
        }

        var texts = cases.Texts;
        var transcript = cases.Transcript(id, Actor(context.User));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{H.E(ConsoleText.Case)} #{escalation.Id} · {H.E(texts.Kind(escalation.Kind))}</h1>");
        html.Append(Layout.Flash(Message(texts, m, e, escalation), e is not null));
        html.Append("<div class=\"panel\"><dl class=\"facts\">")
            .Append(Fact(ConsoleText.State, texts.State(escalation.Status) + (escalation.DeletedBy is { } by ? " · " + texts.Staff.Deleted.GetValueOrDefault(by.Name(), by.Name()) : string.Empty)))
            .Append(Fact(ConsoleText.Assignee, escalation.Assignee ?? "—"))
            .Append(Fact(ConsoleText.Opened, CaseClock.Format(escalation.CreatedUtc)))
            .Append(Fact(ConsoleText.Due, CaseClock.Format(cases.DueOf(escalation)) + (cases.IsOverdue(escalation) ? " · " + ConsoleText.Overdue : string.Empty)))
            .Append(Fact(ConsoleText.FirstResponse, escalation.FirstResponseUtc is { } f ? CaseClock.Format(f) : "—"))
            .Append(Fact(ConsoleText.Closed, escalation.ResolvedUtc is { } r ? CaseClock.Format(r) : "—"))
            .Append(Fact(ConsoleText.Conversation, escalation.ConversationId.Length == 0 ? "—" : escalation.ConversationId))
            .Append("</dl></div>");

        if (escalation.StaffNotes.Count > 0)
        {
            html.Append("<h2>").Append(H.E(ConsoleText.Notes)).Append("</h2><div class=\"panel\">");
            foreach (var note in escalation.StaffNotes)
            {
                html.Append("<p><span class=\"muted\">").Append(H.E($"{CaseClock.Format(note.AtUtc)} {note.Author} · {note.Action}")).Append("</span><br>").Append(H.E(note.Text)).Append("</p>");
            }

            html.Append("</div>");
        }

        html.Append("<h2>").Append(H.E(ConsoleText.Transcript)).Append("</h2><div class=\"panel transcript\">");
        if (transcript.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(H.E(ConsoleText.NoTranscript)).Append("</p>");
        }

        foreach (var message in transcript)
        {
            var staff = message.Author.Role switch
            {
                AuthorRole.Staff => true,
                AuthorRole.User or AuthorRole.Bot or AuthorRole.Case => false,
            };
            var who = message.Direction == MessageDirection.In ? ConsoleText.Citizen : staff ? $"{ConsoleText.Staff} {message.Author.Name}" : ConsoleText.Bot;
            var css = message.Direction == MessageDirection.In ? "in" : staff ? "staff" : "out";
            html.Append("<div class=\"msg ").Append(css).Append("\"><div class=\"meta\">").Append(H.E($"{CaseClock.Format(message.AtUtc)} · {who}")).Append("</div>")
                .Append(H.E(PiiMasker.Mask(message.Text))).Append("</div>");
        }

        html.Append("</div>");
        html.Append(Actions(context, escalation));
        return Layout.Html(context, $"#{escalation.Id}", html.ToString());
    }

    private static string Actions(HttpContext context, Escalation e)
    {
        var token = Layout.Token(context);
        var html = new StringBuilder("<div class=\"actions\">");
        if (e.IsActive)
        {
            if (e.Status == EscalationStatus.Open)
            {
                html.Append(CultureInfo.InvariantCulture, $"<form class=\"panel\" method=\"post\" action=\"/cases/{e.Id}/take\">{token}<button type=\"submit\" name=\"take\">{H.E(ConsoleText.Take)}</button></form>");
            }

            if (e.ConversationId.Length > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<form class=\"panel\" method=\"post\" action=\"/cases/{e.Id}/reply\">{token}<label for=\"reply-text\">{H.E(ConsoleText.ReplyHint)}</label><textarea id=\"reply-text\" name=\"text\" required maxlength=\"3000\"></textarea><button type=\"submit\">{H.E(ConsoleText.Reply)}</button></form>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<form class=\"panel\" method=\"post\" action=\"/cases/{e.Id}/resolve\">{token}<label for=\"resolve-note\">{H.E(ConsoleText.NoteHint)}</label><textarea id=\"resolve-note\" name=\"note\" maxlength=\"2000\"></textarea><button type=\"submit\">{H.E(ConsoleText.Resolve)}</button> ")
                .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" class=\"secondary\" formaction=\"/cases/{e.Id}/release\">{H.E(ConsoleText.Release)}</button></form>");
        }
        else if (e.Status == EscalationStatus.Resolved && e.ConversationId.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<form class=\"panel\" method=\"post\" action=\"/cases/{e.Id}/faq\">{token}<button type=\"submit\">{H.E(ConsoleText.Draft)}</button></form>");
        }

        return html.Append("</div>").ToString();
    }

    private static async Task<IResult> ActAsync(HttpContext context, long id, string action, Func<StaffActor, IFormCollection, CancellationToken, Task<CaseResult>> run)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var result = await run(Actor(context.User), form, context.RequestAborted);
        return Results.Redirect(result.Ok
            ? string.Create(CultureInfo.InvariantCulture, $"/cases/{id}?m={action}")
            : string.Create(CultureInfo.InvariantCulture, $"/cases/{id}?e={H.Q(result.Error)}"));
    }

    private static IResult Draft(HttpContext context, long id, CaseService cases)
    {
        var draft = cases.DraftFaq(id, Actor(context.User));
        return Results.Redirect(draft is null
            ? string.Create(CultureInfo.InvariantCulture, $"/cases/{id}?e=draft")
            : string.Create(CultureInfo.InvariantCulture, $"/cases/{id}?m=draft"));
    }

    private static string? Message(CaseTexts texts, string? done, string? error, Escalation e)
    {
        if (error is not null)
        {
            return error == "draft" ? ConsoleText.DraftFailed
                : texts.Staff.Errors.TryGetValue(error, out var text)
                    ? Core.Answering.OfflineComposer.Fill(text, ("state", texts.State(e.Status)), ("assignee", e.Assignee ?? string.Empty))
                    : null;
        }

        return done switch
        {
            null => null,
            "draft" => ConsoleText.Drafted,
            "take" => ConsoleText.Taken,
            "take" or "reply" or "release" or "resolve" => Core.Answering.OfflineComposer.Fill(
                done switch
                {
                    "take" => texts.Staff.AdminDoneTake,
                    "reply" => texts.Staff.AdminDoneReply,
                    "release" => texts.Staff.AdminDoneRelease,
                    _ => texts.Staff.AdminDoneResolve,
                },
                ("id", e.Id.ToString(CultureInfo.InvariantCulture))),
            _ => null,
        };
    }

    private static string Fact(string label, string value) => $"<dt>{H.E(label)}</dt><dd>{H.E(value)}</dd>";

    private static string Option(string value, string label, string? current) =>
        $"<option value=\"{H.E(value)}\"{(string.Equals(value, current ?? string.Empty, StringComparison.Ordinal) ? " selected" : string.Empty)}>{H.E(label)}</option>";
}
