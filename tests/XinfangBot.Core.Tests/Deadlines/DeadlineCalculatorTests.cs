using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private readonly DeadlineCalculator _calculator = new(DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml")));

    [Fact]
    public void Compute_ReviewAfterReply_PassedWhenTodayIsLater()
    {
        var result = _calculator.Compute("处理意见书6月3日送到的，今天7月8日", ["xf-review-30d"], new DateOnly(2026, 11, 25))!;
        Assert.Equal(new DateOnly(2026, 7, 3), result.LastDay);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Compute_LastDayIsToday_IsNotPassed()
    {
        var result = _calculator.Compute("6月3日收到处理意见，今天是7月3日", ["xf-review-30d"], new DateOnly(2026, 11, 25))!;
        Assert.False(result.Passed);
        Assert.Equal(0, result.DaysLeft);
    }

    [Fact]
    public void Compute_HandlingWithExtension_GivesBothDates()
    {
        var result = _calculator.Compute("2月12日受理的，到今天5月20日了", ["xf-handle-60d"], new DateOnly(2026, 11, 25))!;
        Assert.Equal(new DateOnly(2026, 4, 13), result.LastDay);
        Assert.Equal(new DateOnly(2026, 5, 13), result.ExtendedLastDay);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Compute_NoDateInMessage_ReturnsNull() =>
        Assert.Null(_calculator.Compute("复查要多久", ["xf-review-30d"], new DateOnly(2026, 11, 25)));

    [Fact]
    public void Compute_PrefersTheRuleWhoseEventWordIsNearTheDate()
    {
        var result = _calculator.Compute("罚款决定书是10月10日送达的", ["admin-reconsideration-60d", "admin-litigation-6m"], new DateOnly(2026, 11, 25))!;
        Assert.Equal("admin-reconsideration-60d", result.Rule.Id);
        Assert.Equal(new DateOnly(2026, 12, 9), result.LastDay);
        Assert.False(result.Passed);
        Assert.Equal(14, result.DaysLeft);
    }
}
