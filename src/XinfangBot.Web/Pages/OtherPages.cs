using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary>
/// <c>/knowledge</c> (curators: the FAQ drafts made from resolved cases; editing comes later), <c>/stats</c> (admins:
/// case counts; full statistics come later) and <c>/audit</c> (admins: the audit log).
/// </summary>
internal static class OtherPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/knowledge", Knowledge).RequireAuthorization(Policies.Knowledge);
        app.MapGet("/stats", Stats).RequireAuthorization(Policies.Admin);
        app.MapGet("/audit", Audit).RequireAuthorization(Policies.Admin);
    }

    private static IResult Knowledge(HttpContext context, CaseService cases)
    {
        var html = new StringBuilder($"<h1>{H.E(ConsoleText.Knowledge)}</h1><p class=\"muted\">{H.E(ConsoleText.KnowledgeIntro)}</p>");
        var drafts = cases.FaqDrafts();
        if (drafts.Count == 0)
        {
            html.Append("<p>").Append(H.E(ConsoleText.NoDrafts)).Append("</p>");
        }

        foreach (var d in drafts)
        {
            html.Append("<div class=\"panel\"><h2>").Append(H.E(d.Title)).Append("</h2><p class=\"muted\">")
                .Append(H.E($"{d.SuggestedId} · draft · {CaseClock.Format(d.CreatedUtc)} · {d.Author}")).Append("</p><p><b>问：</b>")
                .Append(H.E(d.Question)).Append("</p><p><b>答：</b>").Append(H.E(d.Answer)).Append("</p></div>");
        }

        return Layout.Html(context, ConsoleText.Knowledge, html.ToString());
    }

    private static IResult Stats(HttpContext context, CaseService cases)
    {
        var all = cases.List("all");
        var html = new StringBuilder($"<h1>{H.E(ConsoleText.Stats)}</h1><p class=\"muted\">{H.E(ConsoleText.StatsIntro)}</p><table><tbody>");
        foreach (var state in EscalationStatus.All)
        {
            html.Append("<tr><th>").Append(H.E(cases.Texts.State(state))).Append("</th><td>").Append(all.Count(e => e.Status == state)).Append("</td></tr>");
        }

        return Layout.Html(context, ConsoleText.Stats, html.Append("</tbody></table>").ToString());
    }

    private static IResult Audit(HttpContext context, AuditLog audit)
    {
        var html = new StringBuilder($"<h1>{H.E(ConsoleText.Audit)}</h1><p class=\"muted\">{H.E(ConsoleText.AuditIntro)}</p><table><thead><tr>");
        foreach (var head in new[] { ConsoleText.When, ConsoleText.Who, ConsoleText.Source, ConsoleText.Action, ConsoleText.Target, ConsoleText.Detail })
        {
            html.Append("<th>").Append(H.E(head)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var e in audit.Latest(300))
        {
            html.Append("<tr><td>").Append(H.E(CaseClock.Format(e.AtUtc))).Append("</td><td>").Append(H.E(e.Actor)).Append("</td><td>").Append(H.E(e.Source))
                .Append("</td><td>").Append(H.E(e.Action)).Append("</td><td>").Append(H.E(e.Target)).Append("</td><td>").Append(H.E(e.Detail)).Append("</td></tr>");
        }

        return Layout.Html(context, ConsoleText.Audit, html.Append("</tbody></table>").ToString());
    }
}
