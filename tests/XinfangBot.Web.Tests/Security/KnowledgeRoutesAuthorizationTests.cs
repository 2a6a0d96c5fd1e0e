using System.Net;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Tests.Support;

namespace XinfangBot.Web.Tests.Security;

/// <summary>Every knowledge, gap-queue and statistics route: anonymous → /login, wrong role → 403, right role → 200.</summary>
public sealed class KnowledgeRoutesAuthorizationTests
{
    private static readonly string[] Knowledge = ["/knowledge", "/knowledge?kind=faq&status=published&q=%E5%90%AC%E8%AF%81", "/knowledge/entry?id=faq%2Fhearing", "/knowledge/entry?id=xinfang-gongzuo-tiaoli-2022%2335", "/knowledge/gaps"];
    private static readonly string[] Stats = ["/stats", "/stats?from=2026-01-01&to=2026-12-31", "/stats.csv"];
    private static readonly string[] Posts = ["/knowledge/entry/save", "/knowledge/entry/preview", "/knowledge/entry/publish", "/knowledge/entry/discard", "/knowledge/entry/status", "/knowledge/entry/restore", "/knowledge/gaps/draft", "/knowledge/gaps/dismiss", "/knowledge/gaps/case"];

    [Fact]
    public async Task KnowledgeAndStatsRoutes_EveryRole_RedirectForbidOrServe()
    {
        await using var host = await KnowledgeConsoleHost.StartAsync();
        foreach (var role in StaffRoles.All)
        {
            host.AddAccount("user-" + role, role);
        }

        using (var anonymous = new ConsoleClient(host.BaseAddress))
        {
            foreach (var route in Knowledge.Concat(Stats))
            {
                using var response = await anonymous.GetAsync(route);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"anonymous {route}: {(int)response.StatusCode}");
                Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }

            foreach (var route in Posts)
            {
                using var response = await anonymous.PostAsync(route, new Dictionary<string, string> { ["id"] = "faq/hearing" }, "/login");
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"anonymous POST {route}: {(int)response.StatusCode}");
            }
        }

        var allowed = new Dictionary<string, string[]>
        {
            [StaffRoles.Reviewer] = [],
            [StaffRoles.Curator] = Knowledge,
            [StaffRoles.Admin] = [.. Knowledge, .. Stats],
        };
        foreach (var role in StaffRoles.All)
        {
            using var client = new ConsoleClient(host.BaseAddress);
            using (var signIn = await client.SignInAsync("user-" + role, ConsoleHost.Password))
            {
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            }

            foreach (var route in Knowledge.Concat(Stats))
            {
                using var response = await client.GetAsync(route);
                var expected = allowed[role].Contains(route) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                Assert.True(response.StatusCode == expected, $"{role} {route}: {(int)response.StatusCode}, expected {(int)expected}");
            }

            if (role == StaffRoles.Reviewer)
            {
                foreach (var route in Posts)
                {
                    using var response = await client.PostAsync(route, new Dictionary<string, string> { ["id"] = "faq/hearing", ["status"] = "retired" }, "/cases");
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"reviewer POST {route}: {(int)response.StatusCode}");
                }
            }
            else
            {
                using var bare = await client.PostAsync("/knowledge/entry/status", new Dictionary<string, string> { ["id"] = "faq/hearing", ["status"] = "retired" });
                Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
            }
        }
    }
}
