using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>Staff statuses and drafts through the CLI: they persist across starts, history shows diffs, bad drafts stay drafts.</summary>
[Trait("Category", "Process")]
public sealed class KbDraftCommandTests
{
    [Fact]
    public async Task KbStatusDraft_SurvivesTheNextStartAndHistoryShowsTheDiff()
    {
        var dir = HostProcess.TempDir();
        Assert.Equal(0, (await HostProcess.RunAsync(dir, null, "kb", "status", "faq/hearing", "draft", "--author", "zhang")).ExitCode);

        // `ask` starts the engine, which imports the knowledge folder as every start does.
        Assert.Equal(0, (await HostProcess.RunAsync(dir, null, "ask", "信访听证是什么")).ExitCode);
        var show = await HostProcess.RunAsync(dir, null, "kb", "show", "faq/hearing");
        Assert.Contains("status: draft", show.StdOut, StringComparison.Ordinal);

        var history = await HostProcess.RunAsync(dir, null, "kb", "history", "faq/hearing");
        var lines = history.StdOut.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("- ", StringComparison.Ordinal) && l.EndsWith(" status: published", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("+ ", StringComparison.Ordinal) && l.EndsWith(" status: draft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KbPublish_DraftCitingAMissingArticle_IsRefusedWithFileAndLine()
    {
        var dir = HostProcess.TempDir();
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "knowledge", "faq", "hearing.md"));
        var broken = source.Replace("cites:\n", "cites:\n  - xinfang-gongzuo-tiaoli-2022#99\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(dir, "draft.md"), broken);
        Assert.Equal(0, (await HostProcess.RunAsync(dir, null, "kb", "draft", "faq/hearing", "draft.md", "--author", "li")).ExitCode);

        var publish = await HostProcess.RunAsync(dir, null, "kb", "publish", "faq/hearing", "--author", "li");
        Assert.Equal(1, publish.ExitCode);
        Assert.Matches(@"faq/hearing\.md:\d+: cites 'xinfang-gongzuo-tiaoli-2022#99'", publish.StdErr);
        var retire = await HostProcess.RunAsync(dir, null, "kb", "status", "xinfang-gongzuo-tiaoli-2022#35", "retired");
        Assert.Equal(1, retire.ExitCode);
        Assert.Contains("cited by published entries", retire.StdErr, StringComparison.Ordinal);
    }
}
