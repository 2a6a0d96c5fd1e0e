using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Core.Staff;

namespace XinfangBot.Web.Security;

/// <summary>Ends a session whose account was disabled or whose password was reset since it signed in.</summary>
internal static class SessionCheck
{
    public const string StampClaim = "xfb:stamp";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var staff = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>();
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        if (name is null || stamp is null || !staff.IsSessionValid(name, stamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
