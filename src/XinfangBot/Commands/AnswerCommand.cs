using System.Diagnostics;
using System.Text;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;

namespace XinfangBot.Commands;

/// <summary>
/// <c>answer --jsonl [--in F] [--out F] [--explain]</c>: batch answering, one line out per line in, same order (CONTRACTS §4);
/// <c>--explain</c> adds how the topic was chosen to each line (field <c>explanation</c>, as <c>ask --explain</c> prints it).
/// </summary>
internal sealed class AnswerCommand(AnswerEngine engine, KnowledgeService knowledge) : ICommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!CommandLine.Flag(args, "--jsonl"))
        {
            await Console.Error.WriteLineAsync("用法: answer --jsonl [--in 文件] [--out 文件] [--explain]");
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
        var explain = CommandLine.Flag(args, "--explain");
        var lines = new LineReader(reader);
        while (await lines.ReadAsync(cancellationToken) is { Line: { } line, TooLong: var tooLong })
        {
            // One output line for every input line, whatever it holds: a line that cannot be answered gets an error line.
            string output;
            try
            {
                output = tooLong ? Error(null, $"line longer than {LineReader.MaxChars} characters")
                    : string.IsNullOrWhiteSpace(line) ? Error(null, "blank line")
                    : await AnswerLineAsync(line, explain, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                output = Error(null, $"line could not be answered ({ex.GetType().Name})");
            }

            await writer.WriteLineAsync(output);
        }

        await writer.FlushAsync(cancellationToken);
        return 0;
    }

    private async Task<string> AnswerLineAsync(string line, bool explain, CancellationToken cancellationToken)
    {
        var (id, question, error) = AnswerJson.ReadLine(line);
        if (question is null)
        {
            return Error(id, error!);
        }

        var started = Stopwatch.GetTimestamp();
        var answer = await engine.AnswerAsync(question, cancellationToken);
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var json = AnswerJson.ToJson(id, answer, latency);
        if (explain)
        {
            json["explanation"] = $"[{answer.Mode.Name()}] {answer.Explanation}";
        }

        return Serialize(json, id);
    }

    private static string Error(string? id, string message) => Serialize(AnswerJson.Error(id, message), id);

    /// <summary>Serializes an output line; an id that cannot be written (a lone surrogate) is dropped rather than the line.</summary>
    private static string Serialize(System.Text.Json.Nodes.JsonObject line, string? id)
    {
        try
        {
            return line.ToJsonString(AnswerJson.Options);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.Text.EncoderFallbackException)
        {
            _ = id;
            return AnswerJson.Error(null, "output could not be written as JSON (invalid text in the line)").ToJsonString(AnswerJson.Options);
        }
    }
}
