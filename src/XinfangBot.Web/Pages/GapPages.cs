using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Insights;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary>
/// <c>/knowledge/gaps</c>: what citizens asked that the knowledge did not cover, grouped by similarity (masked), each
/// group one button from a draft FAQ; and the FAQ drafts made from resolved cases. Curators and admins.
/// </summary>
internal static class GapPages
{
    private const int Days = 30;

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/knowledge/gaps").RequireAuthorization(Policies.Knowledge);
        group.MapGet("", Show);
        group.MapPost("/draft", DraftAsync);
        group.MapPost("/dismiss", DismissAsync);
        group.MapPost("/case", CaseAsync);
    }

    private static IResult Show(HttpContext context, KnowledgeGaps gaps, TimeProvider time, string? flash)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var groups = gaps.Groups(now.AddDays(-Days), now.AddMinutes(1));
        var html = new StringBuilder(Layout.Flash(flash, false)).Append("<h1>").Append(H.E(KnowledgeText.Gaps)).Append("</h1><p class=\"muted\">")
            .Append(H.E(KnowledgeText.GapsIntro)).Append("</p>");
        if (groups.Count == 0)
        {
            html.Append("<p>").Append(H.E(KnowledgeText.NoGaps)).Append("</p>");
        }

        var token = Layout.Token(context);
        foreach (var g in groups)
        {
            var key = g.Key.ToString(CultureInfo.InvariantCulture);
            html.Append("<div class=\"panel gap\"><h2>").Append(H.E(g.Representative)).Append("</h2><p class=\"muted\">")
                .Append(H.E($"{g.Count} {KnowledgeText.Times} · {string.Join("、", g.Reasons.Select(r => $"{r.Key} {r.Value}"))} · {KnowledgePages.Format(g.LastSeenUtc)}"))
                .Append("</p><ul>");
            foreach (var q in g.Questions.Skip(1))
            {
                html.Append("<li>").Append(H.E(q)).Append("</li>");
            }

            html.Append("</ul><form method=\"post\" action=\"/knowledge/gaps/draft\" class=\"filters\">").Append(token).Append("<input type=\"hidden\" name=\"key\" value=\"").Append(key)
                .Append("\"><button type=\"submit\">").Append(H.E(KnowledgeText.StartDraft)).Append("</button>")
                .Append("<button type=\"submit\" class=\"secondary\" formaction=\"/knowledge/gaps/dismiss\">").Append(H.E(KnowledgeText.Dismiss)).Append("</button></form></div>");
        }

        var cases = gaps.CaseDrafts();
        if (cases.Count > 0)
        {
            html.Append("<h2>").Append(H.E(KnowledgeText.CaseDrafts)).Append("</h2>");
            foreach (var c in cases)
            {
                html.Append("<div class=\"panel\"><p><b>").Append(H.E(c.Title)).Append("</b></p><p>问：").Append(H.E(c.Question)).Append("</p><p>答：").Append(H.E(c.Answer))
                    .Append("</p><form method=\"post\" action=\"/knowledge/gaps/case\">").Append(token).Append("<input type=\"hidden\" name=\"case\" value=\"")
                    .Append(c.CaseId.ToString(CultureInfo.InvariantCulture)).Append("\"><button type=\"submit\">").Append(H.E(KnowledgeText.StartDraft)).Append("</button></form></div>");
            }
        }

        return Layout.Html(context, KnowledgeText.Gaps, html.ToString());
    }

    private static async Task<IResult> DraftAsync(HttpContext context, KnowledgeGaps gaps, TimeProvider time)
    {
        var group = await FindAsync(context, gaps, time);
        if (group is null)
        {
            return Results.NotFound();
        }

        var result = gaps.StartDraft(group, context.User.Identity?.Name ?? "-");
        return Results.Redirect($"/knowledge/entry?id={H.Q(result.Draft.Id)}&flash={H.Q(KnowledgeText.DraftStarted + result.Draft.Id)}");
    }

    private static async Task<IResult> DismissAsync(HttpContext context, KnowledgeGaps gaps, TimeProvider time)
    {
        var group = await FindAsync(context, gaps, time);
        if (group is null)
        {
            return Results.NotFound();
        }

        gaps.Dismiss(group.MessageIds, context.User.Identity?.Name ?? "-");
        return Results.Redirect($"/knowledge/gaps?flash={H.Q(KnowledgeText.Dismissed)}");
    }

    private static async Task<IResult> CaseAsync(HttpContext context, KnowledgeGaps gaps)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!long.TryParse(form["case"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || gaps.StartDraftFromCase(id, context.User.Identity?.Name ?? "-") is not { } result)
        {
            return Results.NotFound();
        }

        return Results.Redirect($"/knowledge/entry?id={H.Q(result.Draft.Id)}&flash={H.Q(KnowledgeText.DraftStarted + result.Draft.Id)}");
    }

    private static async Task<GapGroup?> FindAsync(HttpContext context, KnowledgeGaps gaps, TimeProvider time)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!long.TryParse(form["key"], NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return gaps.Groups(now.AddDays(-Days), now.AddMinutes(1)).FirstOrDefault(g => g.Key == key);
    }
}
