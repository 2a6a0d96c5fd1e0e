namespace XinfangBot.Core.Text;

/// <summary>Finds stated periods (30日, 六十日, 6个月, 一年, 5个工作日) in text, as (number, unit) pairs; dates are skipped.
/// The Chinese mechanics are in <see cref="ChinesePeriods"/> (language, not domain words).</summary>
internal static class PeriodFinder
{
    public static IReadOnlySet<(int Number, string Unit)> Find(string text) => ChinesePeriods.Find(text);
}
