using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private readonly DeadlineCalculator _calculator = new(DeadlineRuleSet.Load(Path.Combine(TestPaths.Rules, "deadlines.yaml")));

    [Fact]
    public void Compute_ReviewAfterReply_PassedWhenTodayIsLater()
    {
        var result = _calculator.Compute("我3月2日收到信访处理意见书，今天4月5日了", ["xf-review-30d"], new DateOnly(2026, 11, 25))!;
        Assert.Equal(new DateOnly(2026, 4, 1), result.LastDay);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Compute_LastDayIsToday_IsNotPassed()
    {
        var result = _calculator.Compute("3月2日收到处理意见，今天是4月1日", ["xf-review-30d"], new DateOnly(2026, 11, 25))!;
        Assert.False(result.Passed);
        Assert.Equal(0, result.DaysLeft);
    }

    [Fact]
    public void Compute_HandlingWithExtension_GivesBothDates()
    {
        var result = _calculator.Compute("5月8日受理的，现在都8月1日了", ["xf-handle-60d"], new DateOnly(2026, 11, 25))!;
        Assert.Equal(new DateOnly(2026, 7, 7), result.LastDay);
        Assert.Equal(new DateOnly(2026, 8, 6), result.ExtendedLastDay);
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
