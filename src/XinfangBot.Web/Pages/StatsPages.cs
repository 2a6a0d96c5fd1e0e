using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Insights;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary>
/// <c>/stats</c>: the CONTRACTS §7 figures for a date range (China dates) with bar charts rendered on the server as SVG,
/// and <c>/stats.csv</c> with the same figures. Counts only. Admins (as the rest of the bureau-wide figures).
/// </summary>
internal static class StatsPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/stats", Show).RequireAuthorization(Policies.Admin);
        app.MapGet("/stats.csv", Csv).RequireAuthorization(Policies.Admin);
    }

    private static IResult Show(HttpContext context, UsageStats stats, string? from, string? to)
    {
        var html = new StringBuilder($"<h1>{H.E(ConsoleText.Stats)}</h1>");
        html.Append("<form class=\"filters\" method=\"get\" action=\"/stats\"><label>").Append(H.E(KnowledgeText.From)).Append(" <input type=\"date\" name=\"from\" value=\"").Append(H.E(from))
            .Append("\"></label><label>").Append(H.E(KnowledgeText.To)).Append(" <input type=\"date\" name=\"to\" value=\"").Append(H.E(to)).Append("\"></label><button type=\"submit\">")
            .Append(H.E(KnowledgeText.Apply)).Append("</button><a class=\"button\" href=\"/stats.csv?from=").Append(H.Q(from)).Append("&amp;to=").Append(H.Q(to)).Append("\">")
            .Append(H.E(KnowledgeText.Csv)).Append("</a></form>");
        if (!TryRange(from, to, out var start, out var end))
        {
            return Layout.Html(context, ConsoleText.Stats, html.Append(Layout.Flash(KnowledgeText.BadDates, true)).ToString(), StatusCodes.Status400BadRequest);
        }

        var r = stats.Compute(start, end);
        html.Append("<table class=\"figures\"><tbody>");
        Row(html, KnowledgeText.Questions, r.Questions);
        Row(html, KnowledgeText.Conversations, r.Conversations);
        Row(html, KnowledgeText.Unanswered, r.Unanswered);
        Row(html, KnowledgeText.Useful, r.Useful);
        Row(html, KnowledgeText.NotUseful, r.NotUseful);
        Row(html, KnowledgeText.MedianFirstResponse, r.MedianFirstResponseMinutes);
        html.Append("<tr><th>").Append(H.E(KnowledgeText.OnTime)).Append("</th><td id=\"on-time\">")
            .Append(H.E(r.OnTimeRate.ToString("P0", CultureInfo.InvariantCulture))).Append("</td></tr></tbody></table>");
        if (r.Questions == 0 && r.Escalations.Values.Sum() == 0)
        {
            return Layout.Html(context, ConsoleText.Stats, html.Append("<p class=\"muted\">").Append(H.E(KnowledgeText.NoData)).Append("</p>").ToString());
        }

        Chart(html, KnowledgeText.PerDay, SvgChart.Columns(KnowledgeText.PerDay, r.PerDay.Select(d => (d.Day.ToString("MM-dd", CultureInfo.InvariantCulture), (double)d.Questions)).ToList()));
        Chart(html, KnowledgeText.ByChannel, SvgChart.Rows(KnowledgeText.ByChannel, Sorted(r.ByChannel)));
        Chart(html, KnowledgeText.ByDomain, SvgChart.Rows(KnowledgeText.ByDomain, Sorted(r.ByDomain)));
        Chart(html, KnowledgeText.EscalationsByKind, SvgChart.Rows(KnowledgeText.EscalationsByKind, Sorted(r.Escalations)));
        Chart(html, KnowledgeText.CasesFigures, SvgChart.Rows(KnowledgeText.CasesFigures, Sorted(r.Cases)));
        return Layout.Html(context, ConsoleText.Stats, html.ToString());
    }

    private static IResult Csv(UsageStats stats, string? from, string? to) =>
        !TryRange(from, to, out var start, out var end)
            ? Results.BadRequest(KnowledgeText.BadDates)
            : Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(stats.Compute(start, end).ToCsv())).ToArray(), "text/csv; charset=utf-8", "xinfangbot-stats.csv");

    private static bool TryRange(string? from, string? to, out DateOnly? start, out DateOnly? end)
    {
        start = end = null;
        if (!string.IsNullOrEmpty(from))
        {
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return false;
            }

            start = d;
        }

        if (!string.IsNullOrEmpty(to))
        {
            if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return false;
            }

            end = d;
        }

        return start is null || end is null || start <= end;
    }

    private static List<(string, double)> Sorted(IReadOnlyDictionary<string, int> map) =>
        map.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, (double)p.Value)).ToList();

    private static void Row(StringBuilder html, string label, double value) =>
        html.Append("<tr><th>").Append(H.E(label)).Append("</th><td>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");

    private static void Chart(StringBuilder html, string title, string svg)
    {
        if (svg.Length > 0)
        {
            html.Append("<div class=\"panel\"><h2>").Append(H.E(title)).Append("</h2>").Append(svg).Append("</div>");
        }
    }
}
