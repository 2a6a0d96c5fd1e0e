using System.Text.Json;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

[Trait("Category", "Process")]
public sealed class AnswerCommandTests
{
    [Fact]
    public async Task AnswerJsonl_MixedLines_OneOutputPerLineInOrderWithErrors()
    {
        var dir = HostProcess.TempDir();
        var input = string.Join('\n',
            """{"id": "a", "text": "老板拖欠我三个月工资怎么办？"}""",
            "this is not json",
            """{"id": "c"}""",
            """{"id": "d", "text": ""}""",
            """{"id": "e", "text": "那要多久？", "history": [{"role": "user", "text": "工地包工头欠我工钱"}, {"role": "bot", "text": "可以投诉"}]}""",
            """{"id": "f", "text": "\u0000\u0001\uFFFD"}""",
            """[1, 2, 3]""") + "\n";
        File.WriteAllText(Path.Combine(dir, "in.jsonl"), input);

        var result = await HostProcess.RunAsync(dir, null, "answer", "--jsonl", "--in", "in.jsonl", "--out", "out.jsonl");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(dir, "out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.False(lines[3].TryGetProperty("error", out _));
        Assert.True(lines[6].TryGetProperty("error", out _));
        foreach (var answered in new[] { lines[0], lines[4] })
        {
            Assert.False(string.IsNullOrEmpty(answered.GetProperty("reply").GetString()));
            Assert.Equal(JsonValueKind.Array, answered.GetProperty("citations").ValueKind);
            Assert.Equal(JsonValueKind.Array, answered.GetProperty("channels").ValueKind);
            Assert.Equal(JsonValueKind.Null, answered.GetProperty("escalation").ValueKind);
            Assert.False(answered.GetProperty("out_of_scope").GetBoolean());
            Assert.True(answered.GetProperty("latency_ms").GetDouble() >= 0);
        }

        Assert.Contains(lines[4].GetProperty("channels")[0].GetString(), new[] { "labor-inspection", "labor-arbitration" });
    }

    [Fact]
    public async Task AnswerJsonl_Explain_AddsHowTheTopicWasChosen_OnlyWhenAsked()
    {
        var dir = HostProcess.TempDir();
        const string input = "{\"id\":\"x\",\"text\":\"老板拖欠我三个月工资怎么办？\"}\n";
        var plain = await HostProcess.RunAsync(dir, input, "answer", "--jsonl");
        var explained = await HostProcess.RunAsync(dir, input, "answer", "--jsonl", "--explain");
        Assert.Equal(0, explained.ExitCode);
        Assert.False(JsonDocument.Parse(plain.StdOut.Trim()).RootElement.TryGetProperty("explanation", out _));
        var line = JsonDocument.Parse(explained.StdOut.Trim()).RootElement;
        Assert.StartsWith("[answer] topic guide/", line.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerJsonl_FromStdin_WritesStdout()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, "{\"id\":\"x\",\"text\":\"信访有哪些方式？\"}\n", "answer", "--jsonl");
        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(result.StdOut.Trim()).RootElement;
        Assert.Equal("x", line.GetProperty("id").GetString());
        Assert.Equal("petition", line.GetProperty("channels")[0].GetString());
        Assert.StartsWith("xinfang-gongzuo-tiaoli-2022#17", line.GetProperty("citations")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_PrintsTheContractObject()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "ask", "我不想活了", "--json");
        var answer = JsonDocument.Parse(result.StdOut.Trim()).RootElement;
        Assert.Equal("crisis", answer.GetProperty("escalation").GetString());
        Assert.Equal("emergency", answer.GetProperty("channels")[0].GetString());
    }
}
