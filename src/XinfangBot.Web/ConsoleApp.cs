using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Health;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Staff;
using XinfangBot.Core.Storage;
using XinfangBot.Web.Pages;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web;

/// <summary>
/// The console as an ASP.NET Core app on the bot's services: cookie sign-in with the staff accounts, role policies on
/// every page (anonymous → /login, wrong role → 403), antiforgery on every POST, a rate limit on sign-in, security
/// headers, and secure cookies when the request came over HTTPS (also through a reverse proxy on this host).
/// </summary>
internal static class ConsoleApp
{
    public const string SignInLimit = "signin";

    public static WebApplication Build(IServiceProvider root, WebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(root.GetRequiredService<ILoggerFactory>());

        // The bot's own singletons: one LiteDB database and one case service per process.
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(root.GetRequiredService<CaseService>());
        builder.Services.AddSingleton(root.GetRequiredService<StaffDirectory>());
        builder.Services.AddSingleton(root.GetRequiredService<AuditLog>());
        builder.Services.AddSingleton(root.GetRequiredService<KnowledgeService>());
        builder.Services.AddSingleton(root.GetRequiredService<KnowledgeReadiness>());
        builder.Services.AddSingleton(root.GetRequiredService<ChannelHeartbeat>());
        builder.Services.AddSingleton(root.GetRequiredService<LiteDbProvider>());
        builder.Services.AddSingleton(root.GetRequiredService<XinfangBot.Core.Delivery.DeliveryStore>());
        builder.Services.AddSingleton(root.GetRequiredService<TimeProvider>());
        KnowledgeConsole.AddServices(builder.Services, root);

        builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "xfb.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await Layout.WriteAsync(context.HttpContext, ConsoleText.Forbidden, $"<p>{H.E(ConsoleText.Forbidden)}</p>", StatusCodes.Status403Forbidden);
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Cases, p => p.RequireRole(StaffRoles.Reviewer, StaffRoles.Admin))
            .AddPolicy(Policies.Knowledge, p => p.RequireRole(StaffRoles.Curator, StaffRoles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(StaffRoles.Admin));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "xfb.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, _) => await Layout.WriteAsync(context.HttpContext, ConsoleText.SignIn, $"<p>{H.E(ConsoleText.TooMany)}</p>", StatusCodes.Status429TooManyRequests);
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders.Apply);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(AntiforgeryCheck);

        app.MapGet("/", (HttpContext context) => Results.Redirect(context.User.IsInRole(StaffRoles.Curator) ? "/knowledge" : "/cases")).AllowAnonymous();
        app.MapGet("/console.css", StyleSheet).AllowAnonymous();
        app.MapGet("/healthz", HealthEndpoint.Handle).AllowAnonymous();
        LoginPages.Map(app);
        CasePages.Map(app);
        OtherPages.Map(app);
        KnowledgeConsole.Map(app);
        return app;
    }

    /// <summary>Every POST must carry the antiforgery token of its form (400 otherwise).</summary>
    private static async Task AntiforgeryCheck(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Layout.WriteAsync(context, ConsoleText.BadForm, $"<p>{H.E(ConsoleText.BadForm)}</p>", StatusCodes.Status400BadRequest);
                return;
            }
        }

        await next(context);
    }

    private static IResult StyleSheet()
    {
        using var stream = typeof(ConsoleApp).Assembly.GetManifestResourceStream("console.css")!;
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), "text/css; charset=utf-8");
    }
}
