using System.Text.Json;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>`Clock:Now` (CONTRACTS §5) fixes today, in China time, for every verb that answers.</summary>
[Trait("Category", "Process")]
public sealed class ClockTests
{
    private const string Question = "我11月20日收到信访处理意见书，想申请复查，最晚哪天？";

    // 11月20日 + 30日 = 12月20日, a Sunday: the last day is Monday 12月21日; on 12月7日 14 days are left.
    private const string Now = "--Clock:Now=2026-12-07T10:00:00+08:00";

    [Fact]
    public async Task Ask_ClockNow_CountsDaysLeftFromThatDay()
    {
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, "ask", Question, Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("到12月21日为止", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("今天是12月7日，还剩14天", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ClockNowInUtc_UsesTheChinaDate()
    {
        // 2026-12-06 17:30 UTC is already 12月7日 01:30 in China.
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, "ask", Question, "--Clock:Now=2026-12-06T17:30:00Z");
        Assert.Contains("今天是12月7日，还剩14天", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ClockNowNextYear_ShowsYearsAndRemedies()
    {
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, "ask", Question, "--Clock:Now=2027-01-05T10:00:00+08:00");
        Assert.Contains("2026年12月21日", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("期限已经过了，但不等于没有办法", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerJsonl_ClockNow_FixesToday()
    {
        var input = JsonSerializer.Serialize(new { id = "q", text = Question }) + "\n";
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), input, "answer", "--jsonl", Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("还剩14天", JsonDocument.Parse(result.StdOut.Trim()).RootElement.GetProperty("reply").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ClockNow_StatedDateFactsMet()
    {
        var dir = HostProcess.TempDir();
        var item = new { id = "e", text = Question, expect = new { citations_any = Array.Empty<string>(), channels_any = Array.Empty<string>(), escalation = (string?)null, out_of_scope = false, reply_contains_all = new[] { "12月21日", "还剩14天" } } };
        File.WriteAllText(Path.Combine(dir, "set.jsonl"), JsonSerializer.Serialize(item) + "\n");
        var result = await HostProcess.RunAsync(dir, null, "eval", "set.jsonl", "--min-stated-facts", "1", Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"stated facts\s+1\.000", result.StdOut);
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("run")]
    public async Task Conversation_ClockNow_FixesToday(string verb)
    {
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), Question + "\n/quit\n", verb, Now);
        Assert.Contains("今天是12月7日，还剩14天", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BadClockNow_IsAConfigurationErrorNamingTheKey()
    {
        var result = await HostProcess.RunAsync(HostProcess.TempDir(), null, "ask", Question, "--Clock:Now=next tuesday");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Clock:Now", result.StdErr, StringComparison.Ordinal);
    }
}
