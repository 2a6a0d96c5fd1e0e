using System.Diagnostics;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;

namespace XinfangBot.Commands;

/// <summary><c>ask "&lt;text&gt;" [--json]</c>: one answer, as the citizen would see it or as a CONTRACTS §4 object.</summary>
internal sealed class AskCommand(AnswerEngine engine, KnowledgeService knowledge) : ICommand
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
        Console.WriteLine(CommandLine.Flag(args, "--json")
            ? AnswerJson.ToJson(null, answer, latency).ToJsonString(AnswerJson.Options)
            : answer.Text);
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
