using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

[Trait("Category", "Process")]
public sealed class StartupTests
{
    [Fact]
    public async Task BadConfiguration_StopsStartupNamingTheKey()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "ask", "你好", "--Storage:Connection", "sideways");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Storage:Connection", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedTelegramToken_StopsStartupNamingTheKey()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "ask", "你好", "--Telegram:BotToken", "not-a-token");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Telegram:BotToken", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingKnowledgeFolder_StopsStartupNamingTheKey()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "ask", "你好", "--Knowledge:Path", "/nowhere/knowledge");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Knowledge:Path", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutToken_SaysSoAndOpensTheTerminalChat()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, "老板拖欠工资怎么办\n/quit\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Telegram__BotToken", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("劳动", result.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "bot.db")));
    }
}
