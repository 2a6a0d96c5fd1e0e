using System.Diagnostics;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Terminal;

namespace XinfangBot.Commands;

/// <summary>
/// <c>ask "&lt;text&gt;" [--json]</c>: one answer, as the citizen would see it in the terminal (with its numbered suggestions or
/// choices) or as a CONTRACTS §4 object.
/// </summary>
internal sealed class AskCommand(AnswerEngine engine, KnowledgeService knowledge, TerminalTexts texts) : ICommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', CommandLine.Positionals(args));
        if (string.IsNullOrWhiteSpace(text))
        {
            Console.Error.WriteLine("用法: ask \"<问题>\" [--json]");
            return 2;
        }

        _ = knowledge.Current;
        var started = Stopwatch.GetTimestamp();
        var answer = await engine.AnswerAsync(new Question(text), cancellationToken);
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (CommandLine.Flag(args, "--json"))
        {
            Console.WriteLine(AnswerJson.ToJson(null, answer, latency).ToJsonString(AnswerJson.Options));
        }
        else
        {
            Console.WriteLine(answer.Text);
            if (texts.Options(answer.Mode, answer.Followups) is { } numbered)
            {
                Console.WriteLine("\n" + numbered);
            }
        }

        if (CommandLine.Flag(args, "--explain"))
        {
            Console.Error.WriteLine($"[{answer.Mode.Name()}] {answer.Explanation}");
            foreach (var issue in answer.ValidationIssues)
            {
                Console.Error.WriteLine("validation: " + issue);
            }
        }

        return 0;
    }
}
