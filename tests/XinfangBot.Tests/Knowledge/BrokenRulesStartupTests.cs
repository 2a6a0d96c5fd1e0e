using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Knowledge;

/// <summary>
/// Fail closed: the built program, given a knowledge folder whose crisis or routing rules are missing or invalid, answers
/// nothing and exits 3 with a message naming the file; it never runs on another copy of the rules.
/// </summary>
[Trait("Category", "Process")]
public sealed class BrokenRulesStartupTests
{
    [Theory]
    [InlineData("safety/lexicon.yaml", "sets: [\n  - {x: \"y\n")]
    [InlineData("triage.yaml", null)]
    [InlineData("routing.yaml", "rules: []\nrules: []\n")]
    public async Task Ask_RulesFileBrokenOrMissing_ExitsThreeNamingTheFile(string name, string? content)
    {
        var dir = HostProcess.TempDir();
        var folder = Path.Combine(dir, "kn");
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "knowledge"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "knowledge"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(folder, "rules", name);
        if (content is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, content);
        }

        var result = await HostProcess.RunAsync(dir, null, "ask", "我不想活了", "--Knowledge:Path", folder);

        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}\n{result.StdErr}");
        Assert.Contains("rules/" + name, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdOut.Trim());
    }
}
