using System.Text;
using System.Text.Json;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>
/// The reliability probe's fuzz set, regenerated from a seed: the built program answers it as one batch without a
/// crash, writes exactly one output line per input line, and refuses exactly the lines that cannot be answered.
/// </summary>
[Trait("Category", "Process")]
public sealed class AnswerFuzzTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public Task AnswerJsonl_TenThousandFuzzedLines_OneOutputLinePerInputLine() => RunAsync(10_000, TimeSpan.FromMinutes(30));

    [Fact]
    public Task AnswerJsonl_TwoHundredFuzzedLines_OneOutputLinePerInputLine() => RunAsync(200, TimeSpan.FromMinutes(2), seed: 5);

    private static async Task RunAsync(int count, TimeSpan timeout, int seed = 12)
    {
        var dir = HostProcess.TempDir();
        var lines = FuzzLines.Generate(count, seed);
        await File.WriteAllBytesAsync(Path.Combine(dir, "in.jsonl"), FuzzLines.Join(lines));

        var result = await HostProcess.RunAsync(dir, null, timeout, "answer", "--jsonl", "--in", "in.jsonl", "--out", "out.jsonl");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.StdErr}");
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        var output = (await File.ReadAllTextAsync(Path.Combine(dir, "out.jsonl"), Encoding.UTF8)).Split('\n');
        Assert.Equal(string.Empty, output[^1]);
        Assert.Equal(lines.Count, output.Length - 1);
        var wrong = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var json = JsonDocument.Parse(output[i]).RootElement;
            var refused = json.TryGetProperty("error", out _);
            var expect = lines[i].Expect;
            if ((expect == FuzzLines.Expect.Answer && (refused || string.IsNullOrEmpty(json.GetProperty("reply").GetString())))
                || (expect == FuzzLines.Expect.Error && !refused)
                || (lines[i].Id is { } id && json.GetProperty("id").GetString() != id))
            {
                wrong.Add($"line {i + 1} ({lines[i].Kind}): {output[i][..Math.Min(200, output[i].Length)]}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {lines.Count} lines answered wrongly:\n" + string.Join('\n', wrong.Take(30)));
        Directory.Delete(dir, recursive: true);
    }
}
