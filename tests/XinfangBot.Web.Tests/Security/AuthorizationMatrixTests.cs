using System.Net;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Tests.Support;

namespace XinfangBot.Web.Tests.Security;

/// <summary>Every console route against every kind of visitor: anonymous → /login, wrong role → 403, right role → 200.</summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly string[] Routes = ["/cases", "/cases/1", "/knowledge", "/stats", "/audit"];

    // Who may open what (CONTRACTS §7): reviewers work cases, curators edit knowledge, admins do both and see the rest.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [StaffRoles.Reviewer] = ["/cases", "/cases/1"],
        [StaffRoles.Curator] = ["/knowledge"],
        [StaffRoles.Admin] = ["/cases", "/cases/1", "/knowledge", "/stats", "/audit"],
    };

    [Fact]
    public async Task EveryRoute_AnonymousWrongRoleAndRightRole_RedirectForbidOrServe()
    {
        await using var host = await ConsoleHost.StartAsync();
        await host.OpenHumanRequestAsync(9101);
        foreach (var role in StaffRoles.All)
        {
            host.AddAccount("user-" + role, role);
        }

        using (var anonymous = new ConsoleClient(host.BaseAddress))
        {
            foreach (var route in Routes)
            {
                using var response = await anonymous.GetAsync(route);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"anonymous {route}: {(int)response.StatusCode}");
                Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }

            foreach (var open in new[] { "/login", "/healthz", "/console.css" })
            {
                using var response = await anonymous.GetAsync(open);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"anonymous {open}: {(int)response.StatusCode}");
            }
        }

        foreach (var role in StaffRoles.All)
        {
            using var client = new ConsoleClient(host.BaseAddress);
            using (var signIn = await client.SignInAsync("user-" + role, ConsoleHost.Password))
            {
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            }

            foreach (var route in Routes)
            {
                using var response = await client.GetAsync(route);
                var expected = Allowed[role].Contains(route) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                Assert.True(response.StatusCode == expected, $"{role} {route}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }
    }

    [Fact]
    public async Task Posts_WithoutTheAntiforgeryToken_AreRejected()
    {
        await using var host = await ConsoleHost.StartAsync();
        var id = await host.OpenHumanRequestAsync(9102);
        host.AddAccount("reviewer1", StaffRoles.Reviewer);
        using var client = new ConsoleClient(host.BaseAddress);

        using (var bare = await client.PostAsync("/login", new Dictionary<string, string> { ["username"] = "reviewer1", ["password"] = ConsoleHost.Password }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        }

        using (var signIn = await client.SignInAsync("reviewer1", ConsoleHost.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using (var forged = await client.PostAsync($"/cases/{id}/take", new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using (var missing = await client.PostAsync($"/cases/{id}/reply", new Dictionary<string, string> { ["text"] = "你好" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        }

        Assert.Equal(EscalationStatus.Open, host.Cases.Get(id)!.Status);
        using var taken = await client.PostAsync($"/cases/{id}/take", new Dictionary<string, string>(), $"/cases/{id}");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(EscalationStatus.Claimed, host.Cases.Get(id)!.Status);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeadersAndHealthzHoldsNoPersonalData()
    {
        await using var host = await ConsoleHost.StartAsync();
        await host.OpenHumanRequestAsync(9103, "我叫王五，手机13812345678，工资被拖欠了");
        using var client = new ConsoleClient(host.BaseAddress);
        using var login = await client.GetAsync("/login");
        Assert.Contains("frame-ancestors 'none'", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", login.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", login.Headers.GetValues("X-Frame-Options").Single());
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));

        using var health = await client.GetAsync("/healthz");
        var json = await health.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"loaded\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"polling_age_seconds\":", json, StringComparison.Ordinal);
        Assert.Contains("\"outbox\":{\"pending\":0,\"inbox\":0}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("王五", json, StringComparison.Ordinal);
        Assert.DoesNotContain("9103", json, StringComparison.Ordinal);
    }
}
