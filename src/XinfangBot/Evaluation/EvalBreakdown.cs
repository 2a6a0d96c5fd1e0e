using System.Globalization;
using System.Text;

namespace XinfangBot.Evaluation;

/// <summary>
/// Aggregate figures of a run by category and by shape, and the confusion of first channels (expected × answered).
/// Prints labels and counts only, never an item's text, so it can be read on a blind set.
/// </summary>
internal static class EvalBreakdown
{
    public static string Render(IReadOnlyList<EvalOutcome> outcomes)
    {
        var sb = new StringBuilder();
        Group(sb, "category", outcomes, o => o.Category);
        Group(sb, "shape", outcomes, o => o.Shape);
        Confusion(sb, outcomes);
        return sb.ToString().TrimEnd();
    }

    private static void Group(StringBuilder sb, string label, IReadOnlyList<EvalOutcome> outcomes, Func<EvalOutcome, string> key)
    {
        if (outcomes.All(o => key(o) == "-"))
        {
            return;
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"by {label,-22} {"n",4} {"channel",13} {"citation",13} {"all met",13} {"cite in kb",13} {"cite in answer",14} {"facts",11}");
        foreach (var group in outcomes.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = group.ToList();
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key,-27} {items.Count,4} {Share(items, o => o.ChannelMet),13} {Share(items, o => o.CitationMet),13} {Share(items, o => o.AllMet),13} {Share(items, o => o.CitationKnown),13} {Share(items, o => o.CitationAnywhere),14} {Share(items, o => o.FactsMet),11}");
        }
    }

    private static void Confusion(StringBuilder sb, IReadOnlyList<EvalOutcome> outcomes)
    {
        var labelled = outcomes.Where(o => o.ExpectedChannel is not null).ToList();
        if (labelled.Count == 0)
        {
            return;
        }

        sb.AppendLine("channel confusion (expected first channel → answered first channel: count), misses only");
        foreach (var expected in labelled.GroupBy(o => o.ExpectedChannel!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var wrong = expected.Where(o => o.ChannelMet == false)
                .GroupBy(o => o.AnsweredChannel)
                .OrderByDescending(g => g.Count())
                .Select(g => $"{g.Key}: {g.Count()}");
            var met = expected.Count(o => o.ChannelMet == true);
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {expected.Key,-30} {met,3}/{expected.Count(),-3} {string.Join(", ", wrong)}");
        }
    }

    private static string Share(List<EvalOutcome> items, Func<EvalOutcome, bool?> met)
    {
        var asked = items.Select(met).Where(m => m is not null).ToList();
        return asked.Count == 0 ? "-" : new Ratio(asked.Count(m => m == true), asked.Count).ToString();
    }

    private static string Share(List<EvalOutcome> items, Func<EvalOutcome, bool> met) =>
        new Ratio(items.Count(met), items.Count).ToString();
}
