using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

public sealed class DateExtractorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Extract_MonthDay_InThePast_KeepsThisYear() =>
        Assert.Equal(D(2026, 6, 3), DateExtractor.Extract("我6月3日收到处理意见", Today).Single().Date);

    [Fact]
    public void Extract_MonthDay_MonthsAhead_MeansLastYear() =>
        Assert.Equal(D(2025, 12, 20), DateExtractor.Extract("12月20号拿到的答复", D(2026, 3, 10)).Single().Date);

    /// <summary>A day without a year a few weeks ahead is a slip or a day still to come: read as last year's it announced a
    /// live period as passed. No date is taken, so the answer asks for it.</summary>
    [Theory]
    [InlineData("12月20号拿到的答复")]
    [InlineData("判决书是11月30日收到的")]
    public void Extract_MonthDay_WeeksAhead_IsNoDate(string text) =>
        Assert.Empty(DateExtractor.Extract(text, Today));

    [Theory]
    [InlineData("我今天刚收到处罚决定书")]
    [InlineData("今天上午当面把申请交到了县政府")]
    [InlineData("今天被公司辞退了")]
    public void Extract_TodayFollowedByAnEvent_IsAnEventDate(string text) =>
        Assert.Equal((Today, false), (DateExtractor.Extract(text, Today).Single().Date, DateExtractor.Extract(text, Today).Single().IsToday));

    [Theory]
    [InlineData("裁决书11.20收到的", 2026, 11, 20)]
    [InlineData("10.1在网上提交的", 2026, 10, 1)]
    [InlineData("大前天收到的决定书", 2026, 11, 22)]
    [InlineData("决定书11/20收到的", 2026, 11, 20)]
    [InlineData("3/15号交的申请", 2026, 3, 15)]
    public void Extract_DottedDayOrDaQiantian_IsTheDate(string text, int y, int m, int d) =>
        Assert.Equal(D(y, m, d), DateExtractor.Extract(text, Today).Single().Date);

    [Theory]
    [InlineData("借给他1.5万元")]
    [InlineData("承包了2.5亩地")]
    [InlineData("农历十月初五收到的")]
    [InlineData("只发了1/3的工资")]
    [InlineData("阴历九月十二拿到的答复")]
    public void Extract_AmountMeasureOrLunarDate_IsNoDate(string text) =>
        Assert.Empty(DateExtractor.Extract(text, Today));

    [Theory]
    [InlineData("到今天还没有答复")]
    [InlineData("今天想问一下复查的期限")]
    [InlineData("今天已经过了期限吗")]
    public void Extract_TodayNotDatingAnEvent_StaysToday(string text) =>
        Assert.True(DateExtractor.Extract(text, Today).Single().IsToday);

    [Fact]
    public void Extract_StatedToday_ReanchorsOtherDates()
    {
        var found = DateExtractor.Extract("处理意见书6月3日送到的，今天7月8日", Today);
        Assert.Equal(2, found.Count);
        Assert.Equal((D(2026, 6, 3), false), (found[0].Date, found[0].IsToday));
        Assert.Equal((D(2026, 7, 8), true), (found[1].Date, found[1].IsToday));
    }

    [Fact]
    public void Extract_StatedTodayWithYear_ResolvesEventInThatYear()
    {
        var found = DateExtractor.Extract("1月7日受理的，今天是2028年2月20日", Today);
        Assert.Equal(D(2028, 1, 7), found.Single(f => !f.IsToday).Date);
    }

    [Fact]
    public void Extract_StatedTodayAcrossYearBoundary_PutsEventInPreviousYear()
    {
        var found = DateExtractor.Extract("12月21日收到的答复，今天是2027年1月15日", Today);
        Assert.Equal(D(2026, 12, 21), found.Single(f => !f.IsToday).Date);
    }

    [Theory]
    [InlineData("上个月15号交的材料", 2026, 10, 15)]
    [InlineData("这个月3号交的材料", 2026, 11, 3)]
    [InlineData("两个月前收到的", 2026, 9, 25)]
    [InlineData("三天前被罚款", 2026, 11, 22)]
    [InlineData("半年前离职的", 2026, 5, 25)]
    [InlineData("昨天收到决定书", 2026, 11, 24)]
    [InlineData("2026-03-02收到", 2026, 3, 2)]
    [InlineData("2025年12月31日收到", 2025, 12, 31)]
    [InlineData("三月二日收到", 2026, 3, 2)]
    [InlineData("20号收到的判决书", 2026, 11, 20)]
    [InlineData("二十八号收到的", 2026, 10, 28)]
    [InlineData("上周五收到决定书", 2026, 11, 20)]
    [InlineData("上个礼拜天签收的", 2026, 11, 22)]
    [InlineData("上上周五才签收", 2026, 11, 13)]
    [InlineData("上上个星期二交的", 2026, 11, 10)]
    [InlineData("上上个月15号交的材料", 2026, 9, 15)]
    [InlineData("上上月3号收到的", 2026, 9, 3)]
    public void Extract_RelativeAndWrittenForms(string text, int y, int m, int d) =>
        Assert.Equal(D(y, m, d), DateExtractor.Extract(text, Today).First(f => !f.IsToday).Date);

    [Fact]
    public void Extract_MonthOnly_IsMarkedAsSuch()
    {
        var found = DateExtractor.Extract("去年9月被辞退的", Today).Single();
        Assert.False(found.DayKnown);
        Assert.Equal(D(2025, 9, 30), found.LastPossibleDay);
    }

    [Theory]
    [InlineData("欠了我三个月工资")]
    [InlineData("干了五个月")]
    [InlineData("2月30日收到")]
    [InlineData("住在3号楼")]
    [InlineData("坐1号线去的")]
    [InlineData("按5号文件办")]
    public void Extract_NoRealDate_FindsNothing(string text) =>
        Assert.DoesNotContain(DateExtractor.Extract(text, Today), f => !f.IsToday);
    [Theory]
    [InlineData("上个月底被车撞了", 2026, 10, 31)]
    [InlineData("上月末收到的决定", 2026, 10, 31)]
    [InlineData("上上个月底被车撞了", 2026, 9, 30)]
    [InlineData("2月底收到的裁决书", 2026, 2, 28)]
    [InlineData("2024年2月底收到的", 2024, 2, 29)]
    public void Extract_MonthEnd_IsTheMonthsLastDay(string text, int y, int m, int d)
    {
        var found = DateExtractor.Extract(text, Today).Single();
        Assert.Equal((D(y, m, d), true), (found.Date, found.DayKnown));
    }

    [Theory]
    [InlineData("十月中旬村里收回了地", 2026, 10, 11, 20, "10月中旬")]
    [InlineData("去年3月上旬收到的", 2025, 3, 1, 10, "3月上旬")]
    [InlineData("这个月初收到的", 2026, 11, 1, 10, "11月初")]
    [InlineData("12月下旬的事", 2025, 12, 21, 31, "12月下旬")]
    public void Extract_PartOfMonth_CountsFromItsFirstDay(string text, int y, int m, int first, int last, string part)
    {
        var found = DateExtractor.Extract(text, Today).Single();
        Assert.Equal((D(y, m, first), false, D(y, m, last), part), (found.Date, found.DayKnown, found.LastPossibleDay, found.Part));
    }

    [Theory]
    [InlineData("两年半前被人打伤", 2024, 5, 25)]
    [InlineData("一年半前的事", 2025, 5, 25)]
    public void Extract_YearsAndAHalfAgo_CountsTheHalf(string text, int y, int m, int d) =>
        Assert.Equal(D(y, m, d), DateExtractor.Extract(text, Today).Single().Date);

    [Theory]
    [InlineData("去年秋天被人打伤了", 2025, 9, 1, 2025, 11, 30, "秋天")]
    [InlineData("今年春天村里收回了地", 2026, 3, 1, 2026, 5, 31, "春天")]
    [InlineData("去年冬天摔伤的", 2025, 12, 1, 2026, 2, 28, "冬天")]
    [InlineData("2025年夏天的事", 2025, 6, 1, 2025, 8, 31, "夏天")]
    public void Extract_Season_CountsFromItsFirstDay(string text, int y, int m, int d, int ly, int lm, int ld, string part)
    {
        var found = DateExtractor.Extract(text, Today).Single();
        Assert.Equal((D(y, m, d), false, D(ly, lm, ld), part), (found.Date, found.DayKnown, found.LastPossibleDay, found.Part));
    }

    private static readonly Lazy<WorkingCalendar> Calendar = new(() => WorkingCalendar.Load(Path.Combine(TestPaths.Rules, "calendar")));

    [Theory]
    [InlineData("国庆节后上班第一天收到的", 2026, 10, 8)]
    [InlineData("过完年开工第一天被通知不用来了", 2026, 2, 24)]
    [InlineData("去年十一长假最后一天拿到的答复", 2025, 10, 8)]
    [InlineData("五一那天交的申请", 2026, 5, 1)]
    [InlineData("上个月的最后一天收到的", 2026, 10, 31)]
    [InlineData("3月的第一天交的材料", 2026, 3, 1)]
    public void Extract_HolidayOrMonthDayInWords_IsTheDate(string text, int y, int m, int d) =>
        Assert.Equal(D(y, m, d), DateExtractor.Extract(text, Today, Calendar.Value).Single().Date);

    [Theory]
    [InlineData("春节那天他来家里闹")]
    [InlineData("二十一那天收到的")]
    public void Extract_HolidayWithoutAKnownDay_GivesNoHolidayDate(string text) =>
        Assert.DoesNotContain(DateExtractor.Extract(text, Today, Calendar.Value), m => m.Date.Month is 1 or 2 or 10);

    [Fact]
    public void Extract_HolidayInAYearWithoutItsCalendar_GivesNoDate() =>
        Assert.DoesNotContain(DateExtractor.Extract("2023年国庆节后第一天收到的", Today, Calendar.Value), m => m.Date.Month == 10);

    [Theory]
    [InlineData("2024年3月1号被撞，3月8号警察查到了司机", 2024, 3, 8)]
    [InlineData("2024年3月1号被撞，8号查到了司机", 2024, 3, 8)]
    [InlineData("2025年12月20日签的合同，1月5日就被辞退了", 2026, 1, 5)]
    [InlineData("2019年3月5日进的厂，11月5日被辞退", 2026, 11, 5)]
    [InlineData("2024年3月1号被撞，今年3月8号才查到司机", 2026, 3, 8)]
    public void Extract_DayWithoutYear_AfterADatedEvent_IsInItsNarrativeOnlyWhenClose(string text, int y, int m, int d) =>
        Assert.Equal(D(y, m, d), DateExtractor.Extract(text, Today)[^1].Date);
}
