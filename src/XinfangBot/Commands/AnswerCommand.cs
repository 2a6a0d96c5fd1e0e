using System.Diagnostics;
using System.Text;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Commands;

/// <summary><c>answer --jsonl [--in F] [--out F]</c>: batch answering, one line out per line in, same order (CONTRACTS §4).</summary>
internal sealed class AnswerCommand(AnswerEngine engine, KnowledgeService knowledge) : ICommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!CommandLine.Flag(args, "--jsonl"))
        {
            await Console.Error.WriteLineAsync("用法: answer --jsonl [--in 文件] [--out 文件]");
            return 2;
        }

        var inPath = CommandLine.Option(args, "--in");
        var outPath = CommandLine.Option(args, "--out");
        if (inPath is not null && !File.Exists(inPath))
        {
            await Console.Error.WriteLineAsync($"输入文件不存在: {inPath}");
            return 2;
        }

        using var reader = inPath is null ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(inPath, Encoding.UTF8);
        await using var writer = outPath is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true }
            : new StreamWriter(outPath, false, new UTF8Encoding(false));
        _ = knowledge.Current;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, question, error) = AnswerJson.ReadLine(line);
            if (question is null)
            {
                await writer.WriteLineAsync(AnswerJson.Error(id, error!).ToJsonString(AnswerJson.Options));
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            var answer = await engine.AnswerAsync(question, cancellationToken);
            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await writer.WriteLineAsync(AnswerJson.ToJson(id, answer, latency).ToJsonString(AnswerJson.Options));
        }

        await writer.FlushAsync(cancellationToken);
        return 0;
    }
}
