using System.Text.RegularExpressions;

namespace XinfangBot.Core.Tests.Architecture;

/// <summary>
/// Understanding and answering keep their domain words and tuning numbers in knowledge/rules/, not in C#: a scan of
/// src/XinfangBot.Core/Understanding and Answering for Chinese literals, fractional numbers and law article ids. What is still in code is
/// listed in tests/XinfangBot.Core.Tests/Architecture/source-allow-list.txt (file:text), which may only shrink.
/// </summary>
public sealed partial class SourceRulesTests
{
    [GeneratedRegex(@"[\u4e00-\u9fff]+")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"(?<![\w.])\d+\.\d+(?![\w.])")]
    private static partial Regex Fraction();

    /// <summary>A knowledge id of a law article ("minfadian-zongze#203"): which article a step names is data too.</summary>
    [GeneratedRegex(@"""[a-z0-9-]+#\d+""")]
    private static partial Regex ArticleId();

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XinfangBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir!.FullName;
        }
    }

    [Fact]
    public void UnderstandingAndAnswering_HoldNoDomainWordOrTuningNumberOutsideTheAllowList()
    {
        var allowed = File.ReadAllLines(Path.Combine(Root, "tests", "XinfangBot.Core.Tests", "Architecture", "source-allow-list.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var folder in new[] { "Understanding", "Answering" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Root, "src", "XinfangBot.Core", folder), "*.cs"))
            {
                var name = $"{folder}/{Path.GetFileName(file)}";
                foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Where(l => !l.StartsWith("//", StringComparison.Ordinal)))
                {
                    var code = line.Split("//")[0];
                    found.AddRange(Cjk().Matches(code).Select(m => $"{name}:{m.Value}"));
                    found.AddRange(Fraction().Matches(code).Select(m => $"{name}:{m.Value}"));
                    found.AddRange(ArticleId().Matches(code).Select(m => $"{name}:{m.Value}"));
                }
            }
        }

        var unexpected = found.Distinct().Where(f => !allowed.Contains(f)).ToList();
        Assert.True(unexpected.Count == 0, "domain words or tuning numbers in C# (move them to knowledge/rules/): " + string.Join(", ", unexpected));
    }
}
