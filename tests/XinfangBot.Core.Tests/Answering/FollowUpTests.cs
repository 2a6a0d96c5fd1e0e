using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;
using static XinfangBot.Core.Tests.Support.Turns;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Conversations of several turns and messages with several matters: a later turn that corrects a date, asks for one
/// part of the matter, announces another question or asks for a person; several matters told one after another.
/// Today is 2026-11-25 (EngineFixture).
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class FollowUpTests(EngineFixture fixture)
{
    /// <summary>A short question naming its own matter and asking one part of it (when to appeal) is read with the earlier
    /// turns, but their matters (wages, a dismissal) are not added to it as a second matter.</summary>
    [Fact]
    public void OwnMatterAskedAfterOthers_GetsNoSecondMatterFromTheEarlierTurns()
    {
        var answer = fixture.Ask(
            "裁定书前天送到的，上诉期限多久",
            User("厂里欠了我半年工资，上个月还把我辞退了"),
            Bot("欠薪和辞退都属于劳动争议，可以申请劳动仲裁。"));
        Assert.Equal("guide/court-judgment", answer.TopicId);
        Assert.DoesNotContain(answer.Sections, s => s.Kind == SectionKind.Also);
        Assert.DoesNotContain("labor-arbitration", answer.Channels);
    }

    /// <summary>A message that turns to something else (对了…, 另外…) and tells a grievance of its own is another matter,
    /// understood on its own; one that only tells more of the matter (对了，他们又说…) goes on with it.</summary>
    [Fact]
    public void TurningToAnotherGrievance_IsUnderstoodOnItsOwn()
    {
        // Short and without a keyword as written: before switch_start it was read with the wages turn.
        var answer = fixture.Ask(
            "对了，孩子学校食堂的饭里吃出了虫子",
            User("公司拖欠我两个月工资不给怎么办"),
            Bot("欠薪可以向劳动保障监察投诉，或者申请劳动仲裁。"));
        Assert.Contains("history False", answer.Explanation, StringComparison.Ordinal);
        Assert.Equal("hotline-12345", answer.Channels[0]);
    }

    [Fact]
    public void TurningWithoutAGrievanceOfItsOwn_GoesOnWithTheMatter()
    {
        var answer = fixture.Ask(
            "对了，他们又说要等下个月",
            User("公司拖欠我两个月工资不给怎么办"),
            Bot("欠薪可以向劳动保障监察投诉，或者申请劳动仲裁。"));
        Assert.Equal("guide/unpaid-wages", answer.TopicId);
        Assert.Contains("history True", answer.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DateCorrectedInALaterTurn_RecomputesTheDeadlineFromTheNewDate()
    {
        var answer = fixture.Ask(
            "说错了，是10月20号拿到的",
            User("县交通局扣了我的货车还罚款八千，9月30号拿到的处罚决定书，想复议还赶得上吗"),
            Bot("申请行政复议：60日，按9月30日算，申请行政复议的期限到11月30日为止。"));
        // 10月20日 + 60 days = 12月19日, a Saturday: the last day moves to Monday 12月21日.
        Assert.Contains("到12月21日为止", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("11月30日", answer.Text, StringComparison.Ordinal);
        Assert.Equal("administrative-reconsideration", answer.Channels[0]);
    }

    [Fact]
    public void DateGivenInALaterTurn_AnswersTheEarlierQuestionWithADate()
    {
        var answer = fixture.Ask(
            "是今年4月2号让我走的",
            User("厂里让我走人了，我打算去申请劳动仲裁，现在还赶得上吗"),
            Bot("申请劳动仲裁的时效是一年。告诉我这个日期，我可以帮你算出具体哪天截止。"));
        Assert.Contains("2027年4月2日", answer.Text, StringComparison.Ordinal);
        Assert.Equal("labor-arbitration", answer.Channels[0]);
    }

    [Fact]
    public void FollowUpWithoutADate_DoesNotRepeatTheEarlierDeadlineUnlessItAsksAboutTime()
    {
        var answer = fixture.Ask(
            "那需要准备哪些东西",
            User("县交通局扣了我的货车还罚款八千，9月30号拿到的处罚决定书，想复议还赶得上吗"),
            Bot("申请行政复议的期限到11月30日为止。"));
        Assert.DoesNotContain("11月30日", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Channels[0], new[] { "administrative-reconsideration", "administrative-litigation" });
    }

    [Fact]
    public void ShortQuestionAboutOnePartOfTheMatter_StaysWithTheMatterJustDiscussed()
    {
        var answer = fixture.Ask(
            "复议向哪个机关提",
            User("镇政府下通知说我家的猪圈是违章建筑，要限期拆掉"),
            Bot("不服强拆可以六个月内提起行政诉讼或六十日内申请行政复议。"));
        Assert.Contains(answer.Channels[0], new[] { "administrative-reconsideration", "administrative-litigation" });
        Assert.NotEqual("faq/sorting-by-procedure", answer.TopicId);
    }

    [Fact]
    public void MaterialsAskedAfterAnAnswer_IsNotOutOfScope()
    {
        var answer = fixture.Ask(
            "申请表里要写什么内容",
            User("想让县政府把我们村修水库的审批文件公开给我看"),
            Bot("可以向掌握信息的政府或部门书面申请政府信息公开。"));
        Assert.False(answer.OutOfScope);
        Assert.Equal("information-disclosure", answer.Channels[0]);
    }

    [Fact]
    public void AnnouncedNewQuestion_IsUnderstoodOnItsOwn()
    {
        var answer = fixture.Ask(
            "我还想问个事，城管把我的电动车扣了说我乱停",
            User("网上被人骗了两万块，钱能追回来吗"),
            Bot("被骗了马上报警，保存聊天记录和转账凭证。"));
        Assert.Contains(answer.Channels[0], new[] { "administrative-reconsideration", "administrative-litigation" });
    }

    [Fact]
    public void PersonAskedForAfterTwoOrdinaryTurns_Escalates()
    {
        var answer = fixture.Ask(
            "我看不懂，我想跟人工说话",
            User("养老金社保局给我算少了"),
            Bot("对社保经办机构的核定不服，可以申请行政复议。"),
            User("复议去哪里申请"),
            Bot("一般向本级人民政府申请。"));
        Assert.Equal(EscalationKind.HumanRequest, answer.Escalation);
    }

    [Theory]
    [InlineData("我要找工作人员问清楚为什么不给我办低保")]
    [InlineData("我去信访局找工作人员说了三次都没用")]
    public void StaffNamedInsideAGrievance_IsNotARequestForAPerson(string text)
    {
        var answer = fixture.Ask(text);
        Assert.NotEqual(EscalationKind.HumanRequest, answer.Escalation);
    }

    [Fact]
    public void AwardDisputedInALaterTurn_MovesToTheCourt()
    {
        var answer = fixture.Ask(
            "仲裁裁决书已经拿到了，我对裁决不满意",
            User("公司拖了我半年工资，还把我开除了"),
            Bot("被辞退、经济补偿属于劳动争议，应先申请劳动仲裁。"));
        Assert.Equal("civil-litigation", answer.Channels[0]);
        Assert.Contains("laodong-zhengyi-tiaojie-zhongcai-fa-2007#50", answer.Citations.Take(3));
    }

    [Fact]
    public void SecondMatterToldInItsOwnSentence_IsNamedWithItsChannel()
    {
        var answer = fixture.Ask("我妈在县医院做胆囊手术，术后一直发烧，医院说是正常反应，不给复印病历。还有就是单位在我请假照顾她期间把我辞退了。");
        // Both matters get their channel; which leads is the routing rules' choice (a dismissal, with its one-year
        // limit, is placed first by routing.yaml's employment rule).
        Assert.Contains(answer.Channels[0], new[] { "mediation", "labor-arbitration" });
        Assert.Contains("mediation", answer.Channels);
        Assert.Contains("labor-arbitration", answer.Channels);
        Assert.Contains(answer.Sections, s => s.Kind == SectionKind.Also);
    }

    [Fact]
    public void OneMatterInSeveralSentences_GetsNoSecondMatter()
    {
        var answer = fixture.Ask("老板拖欠了我三个月工资。我去找他要，他一直拖着。我该怎么办？");
        Assert.DoesNotContain(answer.Sections, s => s.Kind == SectionKind.Also);
    }

    [Fact]
    public void ReceiptDateThatNamesNothing_RefersBackToTheDocumentOfTheEarlierTurn()
    {
        var answer = fixture.Ask(
            "我是11月6号拿到手的，最晚哪天",
            User("信访局给的答复我不服，还能往上找吗"),
            Bot("可以自收到书面答复之日起30日内请求复查。"));
        // 11月6日 + 30 days = 12月6日, a Sunday: the last day moves to Monday 12月7日 (民法典第二百零三条).
        Assert.Contains("到12月7日为止", answer.Text, StringComparison.Ordinal);
        Assert.Equal("petition", answer.Channels[0]);
        Assert.Contains("xinfang-gongzuo-tiaoli-2022#35", answer.Citations);
    }

    [Theory]
    [InlineData("好的，顺便问一下，装修公司收了定金就不干活了怎么办")]
    [InlineData("嗯嗯 另外问个事 装修公司收了定金就不干活了怎么办")]
    public void NewQuestionAfterAnAcknowledgement_IsUnderstoodOnItsOwn(string text)
    {
        var answer = fixture.Ask(text, User("交警罚了我两百块我不服"), Bot("可以申请行政复议或者提起行政诉讼。"));
        Assert.DoesNotContain(answer.Channels.Take(1), c => c is "administrative-reconsideration" or "administrative-litigation");
    }

    [Fact]
    public void FollowUpAfterAnAcknowledgement_StaysWithTheMatter()
    {
        var answer = fixture.Ask("谢谢 那复议要交什么材料", User("交警罚了我两百块我不服"), Bot("可以申请行政复议或者提起行政诉讼。"));
        Assert.Equal("administrative-reconsideration", answer.Channels[0]);
    }

    [Fact]
    public void AnOfficialsRelativeWhoDidTheHarm_IsNotMisconductOfTheOfficial()
    {
        var relative = fixture.Ask("推我下沟的那个人是村主任的小舅子，派出所也不管");
        Assert.NotEqual("discipline-inspection", relative.Channels[0]);
        var favoured = fixture.Ask("村主任把修桥的工程包给他小舅子了，质量还很差");
        Assert.Equal("discipline-inspection", favoured.Channels[0]);
    }

    [Fact]
    public void EvidenceAskedAboutInAFollowUp_StaysWithTheMatter()
    {
        var answer = fixture.Ask("那我只有几张转账截图，也没签合同，能当证据吗", User("包工头欠了我四个月工钱一直不给"), Bot("拖欠工资可以向劳动保障监察投诉，也可以申请劳动仲裁。"));
        Assert.Contains(answer.Channels[0], new[] { "labor-inspection", "labor-arbitration" });
    }

    [Fact]
    public void EvidenceForAnotherMatterNamedInItsOwnWords_IsThatMatter()
    {
        var answer = fixture.Ask("那朋友借钱不还要啥证据", User("包工头欠了我四个月工钱一直不给"), Bot("拖欠工资可以向劳动保障监察投诉，也可以申请劳动仲裁。"));
        Assert.Equal("civil-litigation", answer.Channels[0]);
    }

    [Fact]
    public void TurnThatOnlyAddedFacts_KeepsTheMatterTheFirstTurnNamed()
    {
        var answer = fixture.Ask(
            "都过去两个多月了，他们也没给个决定",
            User("被抓错了关了二十天，能要国家赔偿吗"),
            Bot("可以向赔偿义务机关申请国家赔偿。"),
            User("我是被公安局错误关押的"),
            Bot("可以向作出决定的机关申请赔偿。"));
        Assert.Equal("state-compensation", answer.Channels[0]);
        Assert.Contains("guojia-peichang-fa-2012#14", answer.Citations);
    }

    [Fact]
    public void TurnThatNamedAnotherMatter_IsTheMatterAFollowUpContinues()
    {
        var answer = fixture.Ask(
            "那这个要多久",
            User("工地上的工钱被拖欠了三个月"),
            Bot("拖欠工资可以向劳动保障监察投诉，也可以申请劳动仲裁。"),
            User("还有，我骑电动车被交警罚款了两百，我不服"),
            Bot("对行政处罚不服可以申请行政复议或者提起行政诉讼。"));
        Assert.Contains(answer.Channels[0], new[] { "administrative-reconsideration", "administrative-litigation" });
    }

    [Fact]
    public void TheOtherSideNamedByAPronoun_GoesOnWithTheStoryThoughAnotherMatterIsNamedInPassing()
    {
        var answer = fixture.Ask(
            "她家白天晚上都锁着门，物业也说管不了",
            User("楼上卫生间一直往我家渗水，墙皮都掉了"),
            Bot("邻里之间的渗漏损失，可以先找人民调解，调解不成向法院起诉。"));
        Assert.Contains(answer.Channels[0], new[] { "mediation", "civil-litigation" });
    }

    [Fact]
    public void TheOtherSideNamedByWhatItDidToTheWriter_GoesOnWithTheStory()
    {
        var answer = fixture.Ask(
            "推我的人是镇上一个干部的表弟",
            User("赶集的时候被人推倒摔断了手，派出所已经受案了"),
            Bot("被人打伤可以报警，由公安机关依法处理。"));
        Assert.NotEqual("discipline-inspection", answer.Channels[0]);
    }

    [Fact]
    public void TheEmployerNamedAgainWithAgain_GoesOnWithTheWagesThoughADebtNoteIsNamed()
    {
        var answer = fixture.Ask(
            "老板昨天又推说年后给，还要我签个欠款条",
            User("饭店欠了我两个月的工钱"),
            Bot("拖欠工资可以向劳动保障监察投诉，也可以申请劳动仲裁。"));
        Assert.Contains(answer.Channels[0], new[] { "labor-inspection", "labor-arbitration" });
    }

    [Fact]
    public void ANewQuestionAnnouncedAfterAPronoun_IsStillANewMatterWhenAnnounced()
    {
        var answer = fixture.Ask(
            "另外问个事，我借给表哥三万块他不还",
            User("楼上卫生间一直往我家渗水，墙皮都掉了"),
            Bot("邻里之间的渗漏损失，可以先找人民调解，调解不成向法院起诉。"));
        Assert.Equal("civil-litigation", answer.Channels[0]);
    }

    [Fact]
    public void ReviewAlreadyDone_TheNextStepIsTheRecheckNotAnotherReview()
    {
        var answer = fixture.Ask(
            "复查也走完了，市里还是维持，11月10号收到的",
            User("镇里给的信访处理意见我不服"),
            Bot("对信访处理意见不服，可以自收到书面答复之日起30日内请求上一级机关复查。"));
        Assert.Equal("faq/fuhe-recheck", answer.TopicId);
        Assert.Contains("xinfang-gongzuo-tiaoli-2022#36", answer.Citations.Take(2));
        // 11月10日 + 30日 = 12月10日: the 复核's limit, never the 复查's again.
        Assert.Contains("请求复核的期限到12月10日为止", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("请求复查的期限", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecheckOfATrafficAccidentFinding_IsNotThePetitionRecheck()
    {
        var answer = fixture.Ask("交警的事故认定书我不服，想申请复核");
        Assert.NotEqual("faq/fuhe-recheck", answer.TopicId);
        Assert.DoesNotContain("xinfang-gongzuo-tiaoli-2022#36", answer.Citations);
    }

    [Fact]
    public void WhichLevelAskedForAMatterWithItsOwnChannel_IsAnsweredByThatMatter()
    {
        var allowance = fixture.Ask("那我是去乡里还是去县里民政局问", User("我爸的低保上个月给取消了"), Bot("对取消低保的决定不服，可以申请行政复议。"));
        Assert.Equal("guide/social-assistance", allowance.TopicId);
        var review = fixture.Ask("复查是找区里还是找市里", User("街道给我的信访答复我不认可"), Bot("对信访处理意见不服，可以在30日内请求上一级机关复查。"));
        Assert.Equal("faq/fucha-review", review.TopicId);
        var visit = fixture.Ask("我想当面反映，是去县里还是直接去省里");
        Assert.Equal("faq/where-to-visit", visit.TopicId);
    }
}
