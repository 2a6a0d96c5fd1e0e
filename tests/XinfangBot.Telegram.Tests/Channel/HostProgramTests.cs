using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>The <c>run</c> verb of the real program, as an operator meets it.</summary>
public sealed class HostProgramTests
{
    [Fact]
    public async Task Run_NoToken_SaysSoInOneLineAndHowToSetIt()
    {
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        using var program = HostProcess.Start(new Dictionary<string, string> { ["Storage__DatabasePath"] = cleanup.Path, ["Telegram__BotToken"] = "" });
        program.CloseInput();

        var exit = await program.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        var line = Assert.Single(program.Output.Split('\n'), l => l.Contains("Telegram", StringComparison.Ordinal));
        Assert.Contains("Telegram__BotToken", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MalformedToken_StopsNamingTheKey()
    {
        using var cleanup = new DeleteOnDispose(BotHost.NewDatabasePath());
        using var program = HostProcess.Start(new Dictionary<string, string> { ["Storage__DatabasePath"] = cleanup.Path, ["Telegram__BotToken"] = "12345" });

        var exit = await program.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, exit);
        Assert.Contains("Telegram:BotToken is malformed", program.Output, StringComparison.Ordinal);
    }
}
