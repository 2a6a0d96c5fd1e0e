using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Dates in a year whose holiday notice is not on file (2027, and 2024 before the first year held): weekends and the
/// holidays 《全国年节及纪念日放假办法》 fixes are still moved off (民法典第二百零三条; 民事诉讼法第八十五条), and the answer
/// says in plain words that the year's 调休 is not known and to check the State Council notice. Today is 2026-11-25.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class DeadlineCalendarTests(EngineFixture fixture)
{
    [Fact]
    public void Answer_LastDayOnWeekendOfUnknownYear_MovesItAndSaysToCheckTheNotice()
    {
        // 11月10日 + 60日 = 2027年1月9日, a Saturday → Monday 2027年1月11日; that Saturday might be a 调休 working day.
        var text = fixture.Ask("城管11月10日给我开了罚款决定书，不服想复议").Text;
        Assert.Contains("申请行政复议的期限到2027年1月11日为止", text, StringComparison.Ordinal);
        Assert.Contains("没有2027年的法定节假日安排", text, StringComparison.Ordinal);
        Assert.Contains("国务院办公厅当年的放假通知", text, StringComparison.Ordinal);
        Assert.Contains("最好在2027年1月9日之前就办好", text, StringComparison.Ordinal);
        // A Saturday is a rest day the last day moves off; it is not called a 法定休假日 by itself.
        Assert.Contains("2027年1月9日是周六，截止日遇到休息日或者法定节假日的往后顺延，截止日顺延到2027年1月11日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("属于法定休假日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LastDayOnJanuaryFirstOfUnknownYear_IsMovedOffTheStatutoryHolidayAndFlagged()
    {
        // 11月2日 + 60日 = 2027年1月1日, a Friday: 元旦, a rest day by 《全国年节及纪念日放假办法》 whatever 2027's notice says;
        // 1月2日、3日 are a weekend → Monday 2027年1月4日. Whether that weekend is worked (调休) only the notice says, so the
        // answer tells the earlier day as the safe one to act by.
        var text = fixture.Ask("城管11月2日给我开了罚款决定书，不服想复议").Text;
        Assert.Contains("申请行政复议的期限到2027年1月4日为止", text, StringComparison.Ordinal);
        Assert.Contains("2027年1月1日是元旦假期，截止日遇到休息日或者法定节假日的往后顺延，截止日顺延到2027年1月4日", text, StringComparison.Ordinal);
        Assert.Contains("没有2027年的法定节假日安排", text, StringComparison.Ordinal);
        Assert.Contains("元旦是《全国年节及纪念日放假办法》规定的法定节假日", text, StringComparison.Ordinal);
        Assert.Contains("最好在2027年1月1日之前就办好", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LastDayOnNewYearsEveOfUnknownYear_IsMovedPastTheLunarHolidays()
    {
        // 2026年8月5日 + 6个月 = 2027年2月5日, 除夕 (正月初一 is 2月6日): 除夕 to 初三 (2月5日–8日) are rest days by law →
        // Tuesday 2027年2月9日, earlier than any day the notice can give; said to be checked against it.
        var text = fixture.Ask("8月5日收到县政府的房屋征收补偿决定书，不申请复议了，想直接去法院起诉，最晚哪天？").Text;
        Assert.Contains("提起行政诉讼的期限到2027年2月9日为止", text, StringComparison.Ordinal);
        Assert.Contains("2027年2月5日是春节假期", text, StringComparison.Ordinal);
        Assert.Contains("最好在2027年2月5日之前就办好", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DayAheadOfToday_IsSaidAndAskedNotCounted()
    {
        // Today 11月25日; "12月20号收到" cannot have happened yet: a slip, or last year meant. No date is counted from it.
        var text = fixture.Ask("我12月20号收到区法院的一审判决书，想上诉").Text;
        Assert.Contains("你说的2026年12月20日在今天（2026年11月25日）之后", text, StringComparison.Ordinal);
        Assert.DoesNotContain("上诉的期限到", text, StringComparison.Ordinal);
        // A day still to come (a hearing) is not questioned.
        var hearing = fixture.Ask("开庭定在12月20号，一审判决下来后上诉期限是多久").Text;
        Assert.DoesNotContain("在今天", hearing, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LastDayOnDecemberThirtyFirstOfKnownYear_SaysNothingAboutTheCalendar()
    {
        // 11月1日 + 60日 = 12月31日 (Thursday); 2026 is on file, so no warning.
        var text = fixture.Ask("城管11月1日给我开了罚款决定书，不服想复议").Text;
        Assert.Contains("申请行政复议的期限到12月31日为止", text, StringComparison.Ordinal);
        Assert.DoesNotContain("法定节假日安排", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DecisionReceivedToday_CountsFromTodayIntoAnUnknownYear()
    {
        // 今天 (11月25日) + 60日 = 2027年1月24日, a Sunday → Monday 2027年1月25日; 2027 holidays not on file.
        var text = fixture.Ask("我今天刚收到区市场监管局的行政处罚决定书，想申请复议，最晚哪天？").Text;
        Assert.Contains("申请行政复议的期限到2027年1月25日为止", text, StringComparison.Ordinal);
        Assert.Contains("没有2027年的法定节假日安排", text, StringComparison.Ordinal);
        Assert.Contains("最好在2027年1月24日之前就办好", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ExtensionEndingInAnUnknownYear_SaysHolidaysWereNotCounted()
    {
        // 11月24日 + 20个工作日 = 12月22日 (2026 on file); the extension's 20 more working days end
        // → 2027年1月20日: 2027 is not on file, so weekends and 元旦 (1月1日, by 《全国年节及纪念日放假办法》) are the only rest
        // days counted, and the answer must say 2027 is not on file.
        var text = fixture.Ask("我11月24日当面向区政府递交了政府信息公开申请，最晚哪天答复？").Text;
        Assert.Contains("最迟应在12月22日答复", text, StringComparison.Ordinal);
        Assert.Contains("最迟2027年1月20日", text, StringComparison.Ordinal);
        Assert.Contains("没有2027年的法定节假日安排", text, StringComparison.Ordinal);
        Assert.Contains("征求第三方和其他机关意见所需的时间", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DateBeforeTheFirstYearOnFile_SaysThatYearIsNotHeld()
    {
        // 2024年4月1日 + 30日 = 2024年5月1日, a Wednesday: 劳动节 5月1日、2日 by law (2024 has no notice on file) → Friday
        // 2024年5月3日, passed.
        var text = fixture.Ask("2024年4月1日收到信访处理意见书，想请求复查").Text;
        Assert.Contains("2024年5月3日", text, StringComparison.Ordinal);
        Assert.Contains("没有2024年的法定节假日安排", text, StringComparison.Ordinal);
        Assert.DoesNotContain("没有2026年", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_JustPastALastDayOfUnknownYear_IsNotAnnouncedAsPassed()
    {
        // 2026年11月2日 + 60日 = 2027年1月1日 (元旦) → Monday 1月4日 (2027 not on file). On 2027年1月5日 the notice may still
        // have given more rest days (民法典第二百零三条), so the answer never says the period has passed, and says why.
        var text = fixture.Ask("罚款决定书是2026年11月2日送达的，今天是2027年1月5日，还能申请复议吗？").Text;
        Assert.Contains("申请行政复议的期限到1月4日为止", text, StringComparison.Ordinal);   // the year of the stated today
        Assert.Contains("期限可能还没过", text, StringComparison.Ordinal);
        Assert.Contains("没有2027年的法定节假日安排", text, StringComparison.Ordinal);
        Assert.DoesNotContain("期限已经过了", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ProceduralLimit_SaysWhatWasPostedBeforeExpiryIsInTime_CivilLimitationDoesNot()
    {
        // 行政复议法第八十八条 → 民事诉讼法第八十五条 (交邮的，不算过期); the civil 诉讼时效 counts by 民法典 and has no such line.
        var recon = fixture.Ask("罚款决定书11月20日送达，想申请复议").Text;
        Assert.Contains("交邮寄出的，不算过期", recon, StringComparison.Ordinal);
        Assert.Contains("第八十五条", recon, StringComparison.Ordinal);
        var loan = fixture.Ask("我2024年3月1日借给他5万，约定2024年6月1日还款，一直不还，想去法院起诉").Text;
        Assert.DoesNotContain("交邮寄出的", loan, StringComparison.Ordinal);
    }
}
