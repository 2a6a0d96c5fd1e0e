using System.Text.Json.Nodes;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

[Trait("Category", "Process")]
public sealed class UsersCommandTests
{
    [Fact]
    public async Task Add_PasswordFromStdin_CreatesTheAccountAndListShowsItWithoutTheHash()
    {
        var dir = HostProcess.TempDir();
        var added = await HostProcess.RunAsync(dir, "correct horse battery\n", "users", "add", "wangfang", "--role", "reviewer");
        var linked = await HostProcess.RunAsync(dir, null, "users", "link", "wangfang", "777");
        var list = await HostProcess.RunAsync(dir, null, "users", "list", "--json");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(0, linked.ExitCode);
        var account = Assert.Single(JsonNode.Parse(list.StdOut)!.AsArray())!;
        Assert.Equal("wangfang", account["name"]!.GetValue<string>());
        Assert.Equal("reviewer", account["role"]!.GetValue<string>());
        Assert.Equal(777, account["telegram_user_id"]!.GetValue<long>());
        Assert.DoesNotContain("correct horse", list.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", list.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BadRoleShortPasswordOrTakenName_ExitWithUsageOrRefusal()
    {
        var dir = HostProcess.TempDir();
        var badRole = await HostProcess.RunAsync(dir, "correct horse battery\n", "users", "add", "li", "--role", "boss");
        var noName = await HostProcess.RunAsync(dir, null, "users", "add");
        var shortPassword = await HostProcess.RunAsync(dir, "short\n", "users", "add", "li", "--role", "admin");
        var first = await HostProcess.RunAsync(dir, "correct horse battery\n", "users", "add", "li", "--role", "admin");
        var again = await HostProcess.RunAsync(dir, "correct horse battery\n", "users", "add", "li", "--role", "admin");
        var unknown = await HostProcess.RunAsync(dir, null, "users", "disable", "nobody");

        Assert.Equal(2, badRole.ExitCode);
        Assert.Equal(2, noName.ExitCode);
        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(1, unknown.ExitCode);
        Assert.DoesNotContain("   at ", badRole.StdErr + shortPassword.StdErr + again.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cases_ListAndDrafts_PrintJsonArrays()
    {
        var dir = HostProcess.TempDir();
        var cases = await HostProcess.RunAsync(dir, null, "cases", "list", "--state", "all", "--json");
        var drafts = await HostProcess.RunAsync(dir, null, "cases", "drafts", "--json");
        var bad = await HostProcess.RunAsync(dir, null, "cases", "list", "--state", "sideways");

        Assert.Equal(0, cases.ExitCode);
        Assert.Empty(JsonNode.Parse(cases.StdOut)!.AsArray());
        Assert.Empty(JsonNode.Parse(drafts.StdOut)!.AsArray());
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public async Task Cases_PlainListOfNothing_SaysSo()
    {
        var dir = HostProcess.TempDir();
        var open = await HostProcess.RunAsync(dir, null, "cases", "list");
        var all = await HostProcess.RunAsync(dir, null, "cases", "list", "--state", "all");
        var drafts = await HostProcess.RunAsync(dir, null, "cases", "drafts");

        Assert.Equal(0, open.ExitCode);
        Assert.Contains("没有待处理的案件", open.StdOut, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的案件", all.StdOut, StringComparison.Ordinal);
        Assert.Contains("没有常见问题草稿", drafts.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConsoleOrCaseSettings_StopStartupNamingTheKey()
    {
        var dir = HostProcess.TempDir();
        var urls = await HostProcess.RunAsync(dir, null, "users", "list", "--Web:Urls", "ftp://nowhere");
        var holiday = await HostProcess.RunAsync(dir, null, "cases", "list", "--Cases:Holidays:0", "31.12.2026");

        Assert.Equal(3, urls.ExitCode);
        Assert.Contains("Web:Urls", urls.StdErr, StringComparison.Ordinal);
        Assert.Equal(3, holiday.ExitCode);
        Assert.Contains("Cases:Holidays", holiday.StdErr, StringComparison.Ordinal);
    }
}
