using System.Diagnostics;
using System.Globalization;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Evaluation;

namespace XinfangBot.Commands;

/// <summary>
/// <c>bench [--iterations N] [--set F] [--steps]</c>: start-up time to first answer, then per-question latency (median, p99)
/// of the offline pipeline after warm-up, over a set of questions (the project's own evaluation set by default); every
/// answer is measured as a new message (remembered segmentations forgotten). <c>--steps</c> adds the time per pipeline step.
/// </summary>
internal sealed class BenchCommand(AnswerEngine engine, KnowledgeService knowledge, RuleBook rules) : ICommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var iterations = int.Parse(CommandLine.Option(args, "--iterations") ?? "5", CultureInfo.InvariantCulture);
        var setPath = CommandLine.Option(args, "--set") ?? FindDefaultSet();
        var questions = setPath is not null && File.Exists(setPath)
            ? EvalSet.Load(setPath).Items.Select(i => i.Question).ToList()
            : [new Question("工地老板拖欠工资三个月怎么办？"), new Question("复查申请要向哪一级提出？")];

        var sinceProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var started = Stopwatch.GetTimestamp();
        var kb = knowledge.Current;
        engine.Answer(questions[0]);
        var firstAnswer = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"start-up: knowledge ({kb.Count} entries) + index + first answer {firstAnswer.TotalMilliseconds:F0} ms; process start to first answer {(sinceProcessStart + firstAnswer).TotalMilliseconds:F0} ms"));

        foreach (var q in questions)
        {
            engine.Answer(q);
        }

        var latencies = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        for (var i = 0; i < iterations; i++)
        {
            foreach (var q in questions)
            {
                kb.Index.ForgetSegmentations();
                var t = Stopwatch.GetTimestamp();
                engine.Answer(q);
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }

        var allocated = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / (double)latencies.Count;

        // Retrieval alone: BM25 over guides/FAQs and over law articles for each question.
        var searches = new List<double>();
        foreach (var q in questions)
        {
            var normalized = rules.Normalizer.Normalize(q.Text).Text;
            var t = Stopwatch.GetTimestamp();
            kb.Index.Search(normalized, 40);
            kb.Index.Search(normalized, 30, EntryKind.Law);
            searches.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        // Safety triage alone (lexicon + trained classifier), the part of every answer it adds.
        var triage = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var q in questions)
            {
                var normalized = rules.Normalizer.Normalize(q.Text).Text;
                var t = Stopwatch.GetTimestamp();
                rules.Safety.Assess(normalized);
                triage.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }

        triage.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"safety triage (lexicon + classifier): median {EvalRunner.Percentile(triage, 0.5):F3} ms, p99 {EvalRunner.Percentile(triage, 0.99):F3} ms, trained on {rules.Safety.Classifier.Items} messages"));
        searches.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"retrieval (guides/FAQs + law articles): median {EvalRunner.Percentile(searches, 0.5):F2} ms, p99 {EvalRunner.Percentile(searches, 0.99):F2} ms"));
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"answers: {latencies.Count} over {questions.Count} questions; median {EvalRunner.Percentile(latencies, 0.5):F2} ms, p99 {EvalRunner.Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms; {allocated / 1024:F0} KiB allocated per answer; working set {Environment.WorkingSet / 1048576} MiB"));
        if (CommandLine.Flag(args, "--steps"))
        {
            BenchSteps.Print(engine, knowledge, rules, questions, iterations);
        }

        return Task.FromResult(0);
    }

    private static string? FindDefaultSet()
    {
        foreach (var candidate in new[] { "tests/eval/own.jsonl", Path.Combine(AppContext.BaseDirectory, "../../../../../tests/eval/own.jsonl") })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
