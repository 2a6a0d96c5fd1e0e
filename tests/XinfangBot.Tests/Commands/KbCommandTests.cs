using System.Text.Json;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

[Trait("Category", "Process")]
public sealed class KbCommandTests
{
    [Fact]
    public async Task KbListJson_ShowsEveryArticleGuideAndFaq()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "kb", "list", "--json");
        Assert.Equal(0, result.ExitCode);
        var entries = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.True(entries.Count(e => e.GetProperty("kind").GetString() == "law") >= 1600);
        Assert.True(entries.Count(e => e.GetProperty("kind").GetString() == "guide") >= 22);
        Assert.True(entries.Count(e => e.GetProperty("kind").GetString() == "faq") >= 30);
        var article = entries.Single(e => e.GetProperty("id").GetString() == "xinfang-gongzuo-tiaoli-2022#35");
        Assert.StartsWith("第三十五条 信访人对信访处理意见不服的", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "id", "kind", "title", "text", "channels", "cites", "status" })
        {
            Assert.True(article.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task KbValidate_BrokenFolder_ExitsNonZeroNamingFileAndLine()
    {
        var dir = HostProcess.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "kb", "faq"));
        File.WriteAllText(Path.Combine(dir, "kb", "faq", "bad.md"), "---\nid: faq/bad\nkind: faq\ntitle: x\nsummary: y\ncites: [nowhere#1]\nreviewed: 2026-11-25\nstatus: published\n---\n## 怎么办\n1. x\n");
        var result = await HostProcess.RunAsync(dir, null, "kb", "validate", "kb");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("faq/bad.md:6:", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KbImportExport_RoundTripsTheShippedFolder()
    {
        var dir = HostProcess.TempDir();
        var source = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var import = await HostProcess.RunAsync(dir, null, "kb", "import", source, "--author", "tester");
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("rejected 0", import.StdOut, StringComparison.Ordinal);
        var again = await HostProcess.RunAsync(dir, null, "kb", "import", source);
        Assert.Contains("added 0, changed 0", again.StdOut, StringComparison.Ordinal);

        var export = await HostProcess.RunAsync(dir, null, "kb", "export", "out");
        Assert.Equal(0, export.ExitCode);
        foreach (var file in Directory.GetFiles(Path.Combine(source, "guides")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dir, "out", "guides", Path.GetFileName(file))));
        }
    }

    [Fact]
    public async Task KbStatusAndHistory_RecordWhoChangedWhat()
    {
        var dir = HostProcess.TempDir();
        var status = await HostProcess.RunAsync(dir, null, "kb", "status", "faq/hearing", "draft", "--author", "zhang");
        Assert.Equal(0, status.ExitCode);
        var history = await HostProcess.RunAsync(dir, null, "kb", "history", "faq/hearing");
        Assert.Contains("zhang status published → draft", history.StdOut, StringComparison.Ordinal);
        var bad = await HostProcess.RunAsync(dir, null, "kb", "status", "faq/hearing", "gone");
        Assert.NotEqual(0, bad.ExitCode);
    }

    [Fact]
    public async Task KbSearch_FindsTheGuideForColloquialWords()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "kb", "search", "包工头跑路了工钱找谁要");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("guide/unpaid-wages", result.StdOut.Split('\n').Take(3).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
    }
}
