using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary>
/// <c>/audit</c> (admins: the audit log). Knowledge and statistics pages are <see cref="KnowledgeConsole"/>'s.
/// </summary>
internal static class OtherPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/audit", Audit).RequireAuthorization(Policies.Admin);
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
