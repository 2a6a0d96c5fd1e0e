using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// The defects of the legal review of computed dates, each as the citizen would meet it (today 2026-11-25, China time).
/// Every one of these failed before the deadline engine answered only what was asked.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class DeadlineReviewTests(EngineFixture fixture)
{
    [Fact]
    public void Answer_OldDebtWithoutADate_SaysTheTwentyYearLimit()
    {
        // 民法典第一百八十八条第二款: no date to count from, so the 3年 in words and the 二十年 cap.
        var text = fixture.Ask("我爸很多年前借给老乡一笔钱，借条还在，一直没还，现在还能起诉吗？").Text;
        Assert.Contains("3年", text, StringComparison.Ordinal);
        Assert.Contains("超过二十年的，人民法院不予保护", text, StringComparison.Ordinal);
        Assert.DoesNotContain("诉讼时效一般到", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AllowanceStoppedOnADate_GivesTheReconsiderationDate()
    {
        // Told that the allowance was stopped is knowing of the act (行政复议法第二十条): 9月28日 + 60日 = 11月27日, a Friday.
        var text = fixture.Ask("我家低保9月28号被停了，还来得及申请复议吗").Text;
        Assert.Contains("申请行政复议的期限到11月27日为止", text, StringComparison.Ordinal);
        var told = fixture.Ask("他们是9月28号跟我说停的，我还来得及吗", Turns.User("镇里把我妈的低保停了，说是家里有车，那车是我弟的"), Turns.Bot("对停发低保的决定不服，可以在60日内申请行政复议。"));
        Assert.Contains("申请行政复议的期限到11月27日为止", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_FirstInstanceJudgment_GivesTheAppealDateNotRetrial()
    {
        // 11月20日 + 15日 = 12月5日, a Saturday → Monday 12月7日 (民事诉讼法第八十五条).
        var text = fixture.Ask("一审判决书11月20日收到的，我不服，怎么办？").Text;
        Assert.Contains("上诉的期限到12月7日为止", text, StringComparison.Ordinal);
        Assert.DoesNotContain("申请再审的期限到", text, StringComparison.Ordinal);
        Assert.Contains("自一审判决书送达之日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("发生法律效力之日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LabourAward_GivesFifteenDaysToSue()
    {
        // 11月12日 + 15日 = 11月27日 (Friday).
        var text = fixture.Ask("11月12日收到劳动仲裁裁决书，不服，想去法院起诉").Text;
        Assert.Contains("起诉的期限到11月27日为止", text, StringComparison.Ordinal);
        Assert.Contains("终局裁决", text, StringComparison.Ordinal);
        Assert.DoesNotContain("仲裁的时效到", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WorkInjury_IsWorkInjuryRecognitionNotReconsideration()
    {
        var text = fixture.Ask("我11月3日在工地摔伤了，老板不给报工伤，怎么申请工伤认定？").Text;
        Assert.Contains("12月3日", text, StringComparison.Ordinal);          // employer: 30日
        Assert.Contains("2027年11月3日", text, StringComparison.Ordinal);    // worker: 1年, the year shown
        Assert.DoesNotContain("复议申请期限", text, StringComparison.Ordinal);
        Assert.DoesNotContain("申请行政复议的期限到", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_CriminalPetition_IsNotBarredByTheCivilSixMonths()
    {
        var answer = fixture.Ask("我被判刑了，判决去年3月生效，现在想申诉，过了六个月还能申诉吗？");
        Assert.Contains("不适用民事诉讼法第二百一十六条", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("申请再审的期限到", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("期限已经过了", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Loan_CountsLimitationFromTheDueDate()
    {
        var text = fixture.Ask("我2024年3月1日借给他5万，约定2024年6月1日还款，一直不还，想去法院起诉").Text;
        Assert.Contains("诉讼时效一般到2027年6月1日为止", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2027年3月1日", text, StringComparison.Ordinal);
    }

    /// <summary>A limitation that has passed gives the remedies left and the interruption (催讨过, 同意还) once, not twice
    /// (the passed line and the rule's note both told it).</summary>
    [Fact]
    public void Answer_LimitationPassed_TellsTheInterruptionOnce()
    {
        var text = fixture.Ask("借给表哥两万，借条上写明2022年5月10日还款，到期一直没还，现在还能告吗").Text;
        Assert.Contains("期限已经过了", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "中断，从中断时起重新计算"));
    }

    [Theory]
    [InlineData("我10月8日向县政府申请了信息公开，到现在没答复，能申请复议吗？")]
    [InlineData("我10月8日邮寄了低保申请，一直没消息，能申请复议吗？")]
    [InlineData("11月3日给信访局寄了信，到现在没人理，想申请复议")]
    public void Answer_DateOfSendingAnApplication_IsNeverAReconsiderationDeadline(string question)
    {
        var text = fixture.Ask(question).Text;
        Assert.DoesNotContain("申请行政复议的期限到", text, StringComparison.Ordinal);
        Assert.DoesNotContain("期限已经过了", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_InformationDisclosure_TwentyWorkingDaysFromReceipt()
    {
        // From Monday 11月2日: 20 working days end on Monday 11月30日.
        var text = fixture.Ask("我11月2日当面提交了政府信息公开申请，多久答复？").Text;
        Assert.Contains("最迟应在11月30日答复", text, StringComparison.Ordinal);
        Assert.Contains("按工作日计算", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LastDayOnNationalDay_MovesToTheFirstWorkingDay()
    {
        // 8月4日 + 60日 = 10月3日 (国庆节假期) → 10月8日; passed on 11月25日, with the remedies.
        var text = fixture.Ask("8月4日收到罚款决定书，想申请行政复议").Text;
        Assert.Contains("10月3日是国庆节假期", text, StringComparison.Ordinal);
        Assert.Contains("到10月8日为止", text, StringComparison.Ordinal);
        Assert.Contains("正当理由", text, StringComparison.Ordinal);
        Assert.Contains("第二十条第二款", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DeadlineNextYear_ShowsTheYearAndIsNotPassed()
    {
        // 11月20日 + 60日 = 2027年1月19日.
        var text = fixture.Ask("罚款决定书11月20日送达，想申请复议").Text;
        Assert.Contains("2027年1月19日", text, StringComparison.Ordinal);
        Assert.Contains("还剩55天", text, StringComparison.Ordinal);
        Assert.DoesNotContain("期限已经过了", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_LastDayMovedOffSunday_IsNotAnnouncedAsPassed()
    {
        // 11月20日 + 30日 = 12月20日, a Sunday: on Monday 12月21日 the period is still running.
        var text = fixture.Ask("我11月20日收到信访处理意见书，今天是12月21日，还能申请复查吗？").Text;
        Assert.Contains("今天就是截止日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("期限已经过了", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WagesWhileEmployed_NotSubjectToTheOneYearLimit()
    {
        var text = fixture.Ask("我还在公司上班，老板欠了我一年多工资，仲裁时效是不是过了？").Text;
        Assert.Contains("不受一年仲裁时效的限制", text, StringComparison.Ordinal);
        Assert.DoesNotContain("期限已经过了", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AfterFuhe_NeverSuggestsReview()
    {
        var text = fixture.Ask("10月10日收到复核意见，还是不服，能不能再申请复查？").Text;
        Assert.Contains("不再受理", text, StringComparison.Ordinal);
        Assert.DoesNotContain("请求复查的期限", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_PeriodAskedWithoutDate_SaysItInWordsAndAsksForTheDate()
    {
        var text = fixture.Ask("申请行政复议的期限是多久？").Text;
        Assert.Contains("60日，自知道或者应当知道该行政行为之日", text, StringComparison.Ordinal);
        Assert.Contains("告诉我这个日期", text, StringComparison.Ordinal);
    }
}
