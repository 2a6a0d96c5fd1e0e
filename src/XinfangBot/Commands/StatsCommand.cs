using System.Globalization;
using XinfangBot.Core.Insights;

namespace XinfangBot.Commands;

/// <summary>
/// <c>stats [--json|--csv] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</c>: the figures of CONTRACTS §7 for a range of China
/// dates (both included), as one JSON object (default) or CSV rows. Counts only, never message text.
/// </summary>
internal sealed class StatsCommand(UsageStats stats) : ICommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var known = new[] { "--json", "--csv", "--from", "--to" };
        var unknown = CommandLine.Positionals(args, "--from", "--to").Concat(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !known.Contains(a))).ToList();
        if (unknown.Count > 0 || !TryDate(args, "--from", out var from) || !TryDate(args, "--to", out var to) || (from > to))
        {
            Console.Error.WriteLine("用法: stats [--json|--csv] [--from YYYY-MM-DD] [--to YYYY-MM-DD]（--from 不能晚于 --to）");
            return Task.FromResult(2);
        }

        var report = stats.Compute(from, to);
        Console.Write(CommandLine.Flag(args, "--csv") ? report.ToCsv() : report.ToJsonText() + "\n");
        return Task.FromResult(0);
    }

    private static bool TryDate(IReadOnlyList<string> args, string name, out DateOnly? value)
    {
        value = null;
        if (!args.Contains(name))
        {
            return true;
        }

        if (CommandLine.Option(args, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = day;
            return true;
        }

        return false;
    }
}
