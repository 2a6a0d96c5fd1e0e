namespace XinfangBot.Commands;

/// <summary>Splits the command line into the verb, its own arguments, and configuration overrides (--Section:Key value).</summary>
internal sealed record CommandLine(string Verb, IReadOnlyList<string> VerbArgs, IReadOnlyList<string> ConfigArgs)
{
    public static readonly string[] Verbs = ["run", "chat", "ask", "answer", "eval", "kb", "stats", "bench", "users", "cases", "backup", "help"];

    public static CommandLine Parse(string[] args)
    {
        var verbArgs = new List<string>();
        var configArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                configArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    configArgs.Add(args[++i]);
                }

                continue;
            }

            verbArgs.Add(arg);
        }

        var verb = "run";
        if (verbArgs.Count > 0 && Verbs.Contains(verbArgs[0]))
        {
            verb = verbArgs[0];
            verbArgs.RemoveAt(0);
        }
        else if (verbArgs.Count > 0 && verbArgs[0] is "-h" or "--help")
        {
            verb = "help";
        }
        else if (verbArgs.Count > 0 && !verbArgs[0].StartsWith('-'))
        {
            // An unknown verb is refused with the usage (exit 2); it never silently starts the bot.
            verb = verbArgs[0];
            verbArgs.RemoveAt(0);
        }

        return new CommandLine(verb, verbArgs, configArgs);
    }

    public static bool Flag(IReadOnlyList<string> args, string name) => args.Contains(name);

    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The arguments that are neither flags nor option values.</summary>
    public static List<string> Positionals(IReadOnlyList<string> args, params string[] optionsWithValue)
    {
        var list = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (optionsWithValue.Contains(args[i]))
            {
                i++;
                continue;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                list.Add(args[i]);
            }
        }

        return list;
    }
}
