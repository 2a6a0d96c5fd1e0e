using System.Globalization;

namespace XinfangBot.Commands;

/// <summary>
/// Checks a verb's own arguments before anything starts (CONTRACTS §6): unknown options, options without their value,
/// values of the wrong kind, missing files and the wrong number of positional arguments are usage errors (exit 2) that
/// name the argument.
/// </summary>
internal static class VerbArguments
{
    private sealed record Spec(string Usage, string[] Flags, (string Name, Func<string, string?> Check)[] Options, int MinPositionals, int MaxPositionals, Func<string, string?>? Positional = null);

    private static readonly string[] Thresholds =
        ["--min-citation-hit", "--min-channel-hit", "--min-stated-facts", "--min-escalation-precision", "--min-escalation-recall", "--min-out-of-scope"];

    private static readonly Dictionary<string, Spec> Verbs = new(StringComparer.Ordinal)
    {
        ["run"] = new("run", [], [], 0, 0),
        ["chat"] = new("chat", [], [], 0, 0),
        ["help"] = new("help", [], [], 0, int.MaxValue),
        ["ask"] = new("ask \"<问题>\" [--json] [--explain]", ["--json", "--explain"], [], 1, int.MaxValue),
        ["answer"] = new("answer --jsonl [--in 文件] [--out 文件] [--explain]", ["--jsonl", "--explain"], [("--in", ExistingFile), ("--out", WritableFile)], 0, 0),
        ["eval"] = new(
            "eval <set.jsonl> [--verbose] [--min-citation-hit 0..1] … [--max-fabricated N]",
            ["--verbose", "--diagnose"],
            [
                .. Thresholds.Select(t => (t, (Func<string, string?>)Share)),
                ("--max-fabricated", Count),
                ("--safety", ExistingFileOrFolder),
                ("--scores", WritableFile),
                ("--min-self-harm-recall", Share),
                ("--min-violence-recall", Share),
                ("--max-false-alarm-rate", Share),
            ],
            0,
            1,
            ExistingFileOrFolder),
        ["bench"] = new("bench [--iterations N] [--set 文件] [--steps]", ["--steps"], [("--iterations", Positive), ("--set", ExistingFile)], 0, 0),
        ["backup"] = new("backup <新文件>", [], [], 1, 1, NewFile),
        ["users"] = new("users add <名字> --role admin|reviewer|curator | list [--json] | disable <名字> | reset <名字> | link <名字> <Telegram 用户 id>", ["--json"], [("--role", Any)], 1, 3),
        ["cases"] = new("cases list|drafts [--json] [--kind 类别] [--state 状态]", ["--json"], [("--kind", Any), ("--state", Any)], 0, 2),
        ["stats"] = new("stats [--json|--csv] [--from YYYY-MM-DD] [--to YYYY-MM-DD]", ["--json", "--csv"], [("--from", Any), ("--to", Any)], 0, 0),
    };

    private static readonly Dictionary<string, Spec> Kb = new(StringComparer.Ordinal)
    {
        ["validate"] = new("kb validate [目录]", [], [], 0, 1, ExistingFolder),
        ["import"] = new("kb import [目录] [--author 姓名]", [], [("--author", Any)], 0, 1, ExistingFolder),
        ["export"] = new("kb export <目录>", [], [], 1, 1),
        ["list"] = new("kb list [--kind law|guide|faq] [--json]", ["--json"], [("--kind", v => v is "law" or "guide" or "faq" ? null : "must be law, guide or faq")], 0, 0),
        ["show"] = new("kb show <id>", [], [], 1, 1),
        ["search"] = new("kb search \"<问题>\"", [], [], 1, int.MaxValue),
        ["history"] = new("kb history <id>", [], [], 1, 1),
        ["status"] = new("kb status <id> draft|published|retired [--author 姓名]", [], [("--author", Any)], 2, 2),
        ["draft"] = new("kb draft <id> <文件> [--author 姓名]", [], [("--author", Any)], 2, 2),
        ["drafts"] = new("kb drafts", [], [], 0, 0),
        ["publish"] = new("kb publish <id> [--author 姓名]", [], [("--author", Any)], 1, 1),
        ["discard"] = new("kb discard <id>", [], [], 1, 1),
        ["restore"] = new("kb restore <id> <修订号> [--author 姓名]", [], [("--author", Any)], 2, 2),
    };

    public static bool IsVerb(string verb) => Verbs.ContainsKey(verb) || verb == "kb";

    /// <summary>The problem with <paramref name="args"/> for <paramref name="verb"/> and the verb's usage, or null when they are fine.</summary>
    public static (string Problem, string Usage)? Check(string verb, IReadOnlyList<string> args)
    {
        if (verb == "kb")
        {
            if (args.Count == 0 || !Kb.TryGetValue(args[0], out var sub))
            {
                return (args.Count == 0 ? "kb needs a sub-command" : $"unknown kb sub-command '{args[0]}'", string.Join("\n", Kb.Values.Select(s => s.Usage)));
            }

            return Check(sub, args.Skip(1).ToList());
        }

        if (verb == "eval" && !args.Contains("--safety") && !args.Any(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            return ("missing argument", Verbs[verb].Usage);
        }

        return Verbs.TryGetValue(verb, out var spec) ? Check(spec, args) : ($"unknown verb '{verb}'", string.Join("\n", Verbs.Values.Select(s => s.Usage).Append("kb validate|import|export|list|show|search|history|status …")));
    }

    private static (string Problem, string Usage)? Check(Spec spec, IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positionals.Add(arg);
                continue;
            }

            if (spec.Flags.Contains(arg))
            {
                continue;
            }

            var option = spec.Options.FirstOrDefault(o => o.Name == arg);
            if (option.Name is null)
            {
                return ($"unknown option '{arg}'", spec.Usage);
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return ($"option '{arg}' needs a value", spec.Usage);
            }

            var value = args[++i];
            if (option.Check(value) is { } problem)
            {
                return ($"option '{arg}' {problem} (got '{value}')", spec.Usage);
            }
        }

        if (positionals.Count < spec.MinPositionals)
        {
            return (spec.MinPositionals == 1 ? "missing argument" : $"needs {spec.MinPositionals} arguments", spec.Usage);
        }

        if (positionals.Count > spec.MaxPositionals)
        {
            return ($"unexpected argument '{positionals[spec.MaxPositionals]}'", spec.Usage);
        }

        if (spec.Positional is not null)
        {
            foreach (var positional in positionals)
            {
                if (spec.Positional(positional) is { } problem)
                {
                    return ($"'{positional}': {problem}", spec.Usage);
                }
            }
        }

        if (spec.Usage.StartsWith("answer", StringComparison.Ordinal) && !args.Contains("--jsonl"))
        {
            return ("answer needs --jsonl", spec.Usage);
        }

        return null;
    }

    private static string? Any(string value) => null;

    private static string? NewFile(string value) =>
        File.Exists(value) || Directory.Exists(value) ? "already exists; a backup never overwrites a file" : WritableFile(value);

    private static string? ExistingFile(string value) => File.Exists(value) ? null : "names a file that does not exist";

    private static string? ExistingFileOrFolder(string value) =>
        File.Exists(value) || Directory.Exists(value) ? null : "names a file or folder that does not exist";

    private static string? ExistingFolder(string value) => Directory.Exists(value) ? null : "names a folder that does not exist";

    private static string? WritableFile(string value)
    {
        if (Directory.Exists(value))
        {
            return "names a folder, not a file";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(value));
        return folder is null || Directory.Exists(folder) ? null : "is in a folder that does not exist";
    }

    private static string? Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1_000_000 ? null : "must be a whole number from 1 to 1000000";

    private static string? Count(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : "must be a whole number of 0 or more";

    private static string? Share(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1 ? null : "must be a number from 0 to 1";
}
