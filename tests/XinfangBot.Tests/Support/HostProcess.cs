using System.Diagnostics;
using System.Text;

namespace XinfangBot.Tests.Support;

/// <summary>Runs the built XinfangBot program (beside the tests) as a separate process with its own LiteDB file.</summary>
internal static class HostProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>One index cache for every test process: it is keyed by the knowledge, so they can share it.</summary>
    private static readonly string SharedIndex = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "index");

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "XinfangBot.dll");

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static Task<Result> RunAsync(string workDir, string? stdin, params string[] args) =>
        RunAsync(workDir, stdin, TimeSpan.FromSeconds(180), args);

    public static async Task<Result> RunAsync(string workDir, string? stdin, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Storage__DatabasePath"] = Path.Combine(workDir, "bot.db");
        info.Environment["Storage__IndexPath"] = SharedIndex;
        info.Environment.Remove("Telegram__BotToken");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
