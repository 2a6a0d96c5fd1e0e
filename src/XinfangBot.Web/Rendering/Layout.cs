using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Staff;

namespace XinfangBot.Web.Rendering;

/// <summary>The page frame: head, navigation by role, sign-out form; and the antiforgery field every form carries.</summary>
internal static class Layout
{
    public static string Page(HttpContext context, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(H.E(title)).Append(" · ").Append(H.E(ConsoleText.Product)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/console.css\"></head><body><header><span class=\"product\">")
            .Append(H.E(ConsoleText.Product)).Append("</span>");
        if (user.Identity?.IsAuthenticated == true)
        {
            var role = user.FindFirst(ClaimTypes.Role)?.Value ?? string.Empty;
            if (StaffRoles.CanWorkCases(role))
            {
                html.Append("<a href=\"/cases\">").Append(H.E(ConsoleText.Queue)).Append("</a>");
            }

            if (StaffRoles.CanCurate(role))
            {
                html.Append("<a href=\"/knowledge\">").Append(H.E(ConsoleText.Knowledge)).Append("</a>");
            }

            if (role == StaffRoles.Admin)
            {
                html.Append("<a href=\"/stats\">").Append(H.E(ConsoleText.Stats)).Append("</a>")
                    .Append("<a href=\"/audit\">").Append(H.E(ConsoleText.Audit)).Append("</a>");
            }

            html.Append("<span>").Append(H.E(user.Identity.Name)).Append(" (").Append(H.E(role)).Append(")</span>")
                .Append("<form method=\"post\" action=\"/logout\">").Append(Token(context))
                .Append("<button type=\"submit\">").Append(H.E(ConsoleText.SignOut)).Append("</button></form>");
        }

        html.Append("</header><main>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    public static IResult Html(HttpContext context, string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(Page(context, title, body), "text/html; charset=utf-8", Encoding.UTF8, status);

    public static async Task WriteAsync(HttpContext context, string title, string body, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(context, title, body));
    }

    /// <summary>The hidden antiforgery field (<c>__RequestVerificationToken</c>) for a form on this page.</summary>
    public static string Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{H.E(tokens.FormFieldName)}\" value=\"{H.E(tokens.RequestToken)}\">";
    }

    public static string Flash(string? message, bool error) =>
        string.IsNullOrEmpty(message) ? string.Empty : $"<div class=\"flash{(error ? " error" : string.Empty)}\" role=\"status\">{H.E(message)}</div>";
}
