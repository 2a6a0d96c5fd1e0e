using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary><c>/login</c> (form fields <c>username</c>, <c>password</c> and the antiforgery token) and <c>/logout</c>.</summary>
internal static class LoginPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/login", (HttpContext context) => Form(context, null, StatusCodes.Status200OK)).AllowAnonymous();
        app.MapPost("/login", SignInAsync).AllowAnonymous().RequireRateLimiting(ConsoleApp.SignInLimit);
        app.MapPost("/logout", SignOutAsync);
    }

    private static IResult Form(HttpContext context, string? error, int status)
    {
        var returnUrl = context.Request.Query["ReturnUrl"].ToString();
        if (context.Request.HasFormContentType)
        {
            returnUrl = context.Request.Form["returnUrl"].ToString();
        }

        var body = $"""
            <div class="login panel"><h1>{H.E(ConsoleText.SignIn)}</h1>{Layout.Flash(error, true)}
            <form method="post" action="/login">{Layout.Token(context)}
            <input type="hidden" name="returnUrl" value="{H.E(returnUrl)}">
            <label for="username">{H.E(ConsoleText.UserName)}</label><input id="username" name="username" type="text" autocomplete="username" required>
            <label for="password">{H.E(ConsoleText.Password)}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">{H.E(ConsoleText.SignIn)}</button></form></div>
            """;
        return Layout.Html(context, ConsoleText.SignIn, body, status);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, StaffDirectory staff, AuditLog audit)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["username"].ToString().Trim();
        var password = form["password"].ToString();
        var result = name.Length == 0 || password.Length == 0 ? new SignInResult(SignInOutcome.Unknown) : staff.SignIn(name, password);
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (result.Outcome != SignInOutcome.Success)
        {
            audit.Record(name.Length == 0 ? "-" : name, "web", "sign-in-failed", null, $"{result.Outcome} from {address}");
            var message = result.Outcome == SignInOutcome.LockedOut ? ConsoleText.LockedOut : ConsoleText.WrongPassword;
            return Form(context, message, StatusCodes.Status401Unauthorized);
        }

        var account = result.Account!;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role), new Claim(SessionCheck.StampClaim, account.Stamp)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        audit.Record(account.Name, "web", "sign-in", null, address);
        var returnUrl = form["returnUrl"].ToString();
        var home = StaffRoles.CanWorkCases(account.Role) ? "/cases" : StaffRoles.CanCurate(account.Role) ? "/knowledge" : "/";
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : home);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, AuditLog audit)
    {
        audit.Record(context.User.Identity?.Name ?? "-", "web", "sign-out");
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/login");
    }

    /// <summary>Only paths on this site (no <c>//host</c>, no <c>/\host</c>) are followed after sign-in.</summary>
    private static bool IsLocal(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
