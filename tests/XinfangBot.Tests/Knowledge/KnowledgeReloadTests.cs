using Microsoft.Extensions.DependencyInjection;
using XinfangBot.Commands;
using XinfangBot.Core.Answering;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Knowledge;

/// <summary>
/// The bot runs (its host with the knowledge watcher) on a LiteDB file in shared mode; staff run <c>kb import</c> in a
/// second process on the same file. The running bot answers from the change within seconds, without a restart.
/// </summary>
[Trait("Category", "Process")]
public sealed class KnowledgeReloadTests
{
    private const string Question = "包工头跑路了，工钱找谁要？";
    private const string Marker = "（本条刚由工作人员更新）";

    [Fact]
    public async Task KbImportFromASecondProcess_ReachesTheRunningBot()
    {
        var dir = HostProcess.TempDir();
        var folder = Path.Combine(dir, "kn");
        Copy(Path.Combine(AppContext.BaseDirectory, "knowledge"), folder);
        using var host = Startup.Build(CommandLine.Parse([
            "run",
            "--Storage:DatabasePath", Path.Combine(dir, "bot.db"),
            "--Storage:Connection", "shared",
            "--Knowledge:Path", folder,
            "--Knowledge:RefreshSeconds", "0.5",
            "--Telegram:Enabled", "false",
            "--Llm:Endpoint", string.Empty,
        ]));
        await host.StartAsync();
        try
        {
            var engine = host.Services.GetRequiredService<AnswerEngine>();
            Assert.Equal("guide/unpaid-wages", engine.Answer(new Question(Question, [])).TopicId);

            var guide = Path.Combine(folder, "guides", "unpaid-wages.md");
            await File.WriteAllTextAsync(guide, (await File.ReadAllTextAsync(guide)).Replace("summary: 欠薪属于劳动争议", "summary: " + Marker + "欠薪属于劳动争议", StringComparison.Ordinal));
            var import = await HostProcess.RunAsync(dir, null, "kb", "import", folder, "--author", "wang", "--Storage:Connection", "shared");
            Assert.Equal(0, import.ExitCode);
            Assert.Contains("changed 1", import.StdOut, StringComparison.Ordinal);

            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!engine.Answer(new Question(Question, [])).Text.Contains(Marker, StringComparison.Ordinal))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "the running bot did not pick up the import within 20 s");
                await Task.Delay(100);
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
