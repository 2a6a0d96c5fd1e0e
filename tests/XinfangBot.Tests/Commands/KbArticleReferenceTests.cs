using System.Text.Json;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>An entry naming an article that does not exist, or a period no cited article states, never reaches citizens.</summary>
[Trait("Category", "Process")]
public sealed class KbArticleReferenceTests
{
    private const string Entry = """
        ---
        id: faq/article-99
        kind: faq
        title: 信访多久答复？
        summary: 信访事项应当及时答复。
        channels: [petition]
        cites: [xinfang-gongzuo-tiaoli-2022#34]
        reviewed: 2026-12-06
        status: published
        ---
        ## 答
        按《信访工作条例》第九十九条，信访事项应当在45日内办结。

        ## 怎么办
        1. 向有权处理的机关提出。
        """;

    [Fact]
    public async Task KbValidate_ArticleNinetyNineOfFiftyArticleRegulation_ErrorWithFileAndLine()
    {
        var dir = HostProcess.TempDir();
        var folder = CopyKnowledge(dir);
        File.WriteAllText(Path.Combine(folder, "faq", "article-99.md"), Entry.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");

        var result = await HostProcess.RunAsync(dir, null, "kb", "validate", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("faq/article-99.md:12: names 第九十九条: article 99 of xinfang-gongzuo-tiaoli-2022 does not exist", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("faq/article-99.md:12: states the period 45日", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KbImport_ArticleNinetyNine_IsRejectedAndNeverServed()
    {
        var dir = HostProcess.TempDir();
        var folder = CopyKnowledge(dir);
        File.WriteAllText(Path.Combine(folder, "faq", "article-99.md"), Entry.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");

        var import = await HostProcess.RunAsync(dir, null, "kb", "import", folder);
        var list = await HostProcess.RunAsync(dir, null, "kb", "list", "--json");

        Assert.Contains("faq/article-99.md:12:", import.StdErr + import.StdOut, StringComparison.Ordinal);
        var ids = JsonDocument.Parse(list.StdOut).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("faq/article-99", ids);
        Assert.Contains("faq/notify-15d", ids);
    }

    private static string CopyKnowledge(string dir)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var target = Path.Combine(dir, "kb");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
