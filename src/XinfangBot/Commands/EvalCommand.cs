using System.Globalization;
using XinfangBot.Evaluation;

namespace XinfangBot.Commands;

/// <summary>
/// <c>eval &lt;set.jsonl&gt; [--min-citation-hit X] [--min-channel-hit X] [--min-stated-facts X]
/// [--min-escalation-precision X] [--min-escalation-recall X] [--min-out-of-scope X] [--max-fabricated N] [--verbose]</c>;
/// <c>eval --safety &lt;file.jsonl|folder&gt; [--min-self-harm-recall X] [--min-violence-recall X] [--max-false-alarm-rate X]</c>.
/// </summary>
internal sealed class EvalCommand(EvalRunner runner, SafetyEvalRunner safety) : ICommand
{
    private static readonly string[] SafetyOptions = ["--safety", "--scores", "--min-self-harm-recall", "--min-violence-recall", "--max-false-alarm-rate"];

    private static readonly string[] ValueOptions =
        ["--min-citation-hit", "--min-channel-hit", "--min-stated-facts", "--min-escalation-precision", "--min-escalation-recall", "--min-out-of-scope", "--max-fabricated"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Contains("--safety"))
        {
            return await RunSafetyAsync(args, cancellationToken);
        }

        var path = CommandLine.Positionals(args, ValueOptions).FirstOrDefault();
        if (path is null || !(File.Exists(path) || Directory.Exists(path)))
        {
            Console.Error.WriteLine(path is null ? "用法: eval <set.jsonl> [--min-citation-hit 0.9] …" : $"评测集不存在: {path}");
            return 2;
        }

        var (items, errors) = EvalSet.Load(path);
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }

        if (CommandLine.Flag(args, "--diagnose"))
        {
            foreach (var line in runner.Diagnose(items))
            {
                Console.WriteLine(line);
            }

            return 0;
        }

        var report = await runner.RunAsync(items, cancellationToken);
        Console.WriteLine(report.Summary());
        if (CommandLine.Flag(args, "--verbose"))
        {
            foreach (var miss in report.Misses)
            {
                Console.WriteLine("miss " + miss);
            }
        }

        var failed = new List<string>();
        Check(args, "--min-citation-hit", report.CitationHit.Value, failed);
        Check(args, "--min-channel-hit", report.ChannelHit.Value, failed);
        Check(args, "--min-stated-facts", report.StatedFacts.Value, failed);
        Check(args, "--min-escalation-precision", report.EscalationPrecision.Value, failed);
        Check(args, "--min-escalation-recall", report.EscalationRecall.Value, failed);
        Check(args, "--min-out-of-scope", report.OutOfScopeAccuracy.Value, failed);
        if (CommandLine.Option(args, "--max-fabricated") is { } max && report.FabricatedCitations > int.Parse(max, CultureInfo.InvariantCulture))
        {
            failed.Add($"fabricated citations {report.FabricatedCitations} > {max}");
        }

        foreach (var failure in failed)
        {
            Console.Error.WriteLine("below threshold: " + failure);
        }

        return failed.Count == 0 && errors.Count == 0 ? 0 : 1;
    }

    /// <summary>Safety figures over a labelled corpus (<c>{"text", "label": "crisis|threat|none", "category"}</c> lines).</summary>
    private async Task<int> RunSafetyAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var path = CommandLine.Option(args, "--safety") ?? CommandLine.Positionals(args, SafetyOptions).FirstOrDefault();
        if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
        {
            Console.Error.WriteLine(path is null ? "用法: eval --safety <file.jsonl|folder> [--min-self-harm-recall 0.97] …" : $"安全评测集不存在: {path}");
            return 2;
        }

        IReadOnlyList<Core.Triage.SafetyItem> items;
        try
        {
            items = Core.Triage.SafetyCorpus.Load(path);
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        var scoresPath = CommandLine.Option(args, "--scores");
        await using var scores = scoresPath is null ? null : new StreamWriter(scoresPath);
        var report = await safety.RunAsync(items, scores, cancellationToken);
        Console.WriteLine($"safety items           {items.Count}");
        Console.WriteLine(report.Summary());
        if (CommandLine.Flag(args, "--verbose"))
        {
            foreach (var miss in report.Misses)
            {
                Console.WriteLine("miss " + miss);
            }
        }

        var failed = new List<string>();
        Check(args, "--min-self-harm-recall", report.SelfHarmRecall.Value, failed);
        Check(args, "--min-violence-recall", report.ViolenceRecall.Value, failed);
        if (CommandLine.Option(args, "--max-false-alarm-rate") is { } max && report.FalseAlarms.Value > double.Parse(max, CultureInfo.InvariantCulture))
        {
            failed.Add($"false-alarm rate {report.FalseAlarms.Value:F3} > {max}");
        }

        foreach (var failure in failed)
        {
            Console.Error.WriteLine("below threshold: " + failure);
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private static void Check(IReadOnlyList<string> args, string option, double value, List<string> failed)
    {
        if (CommandLine.Option(args, option) is { } text && value < double.Parse(text, CultureInfo.InvariantCulture))
        {
            failed.Add($"{option[6..]} {value:F3} < {text}");
        }
    }
}
