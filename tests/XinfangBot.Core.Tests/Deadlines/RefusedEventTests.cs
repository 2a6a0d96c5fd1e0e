using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>An event refused (不予立案, 不受理, 没立案) is not the event itself: no period counted from a 立案 or a 受理 starts
/// on the date of a refusal.</summary>
public sealed class RefusedEventTests
{
    private readonly DeadlineCalculator _calculator = new(DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml")));

    [Theory]
    [InlineData("复议机关11月2日说不予受理，复议要多久出结果")]
    [InlineData("11月2日拿到不予立案通知书，复议多久有结果")]
    public void Compute_RefusalDate_IsNoStartOfAPeriodFromAcceptance(string text) =>
        Assert.Null(_calculator.Compute(text, ["admin-reconsideration-decide-60d"], new DateOnly(2026, 12, 7)));

    [Fact]
    public void Compute_AcceptanceDate_StillStartsThePeriod()
    {
        var result = _calculator.Compute("复议机关11月2日受理的，复议要多久出结果", ["admin-reconsideration-decide-60d"], new DateOnly(2026, 12, 7));
        Assert.NotNull(result);
        Assert.Equal(new DateOnly(2026, 11, 2), result!.Start);
    }
}
