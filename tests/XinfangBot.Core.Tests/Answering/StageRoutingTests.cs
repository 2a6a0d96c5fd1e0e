using XinfangBot.Core.Tests.Support;
using static XinfangBot.Core.Tests.Support.Turns;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// A matter at a later stage than its first step: an award, a mediation agreement or a 复议决定 already in hand. The
/// answer names the next step, not the step the citizen has passed. The sentences are written for these tests; they are
/// no evaluation item's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class StageRoutingTests(EngineFixture fixture)
{
    [Theory]
    // An award in force that the employer does not pay: the court enforces it (劳动争议调解仲裁法第五十一条).
    [InlineData("劳动仲裁裁决公司付我两万三，裁决书生效两个月了公司一分钱也没给", "civil-litigation")]
    // An award against the worker: a suit within fifteen days (第四十八条、第五十条), not arbitration again.
    [InlineData("仲裁打输了，仲裁委说我那几个月不算加班，我还能怎么办", "civil-litigation")]
    // A people's mediation agreement the other side goes back on: a suit on the agreement (人民调解法第三十二条).
    [InlineData("跟邻居因为占道的事在村委会调解过，签了调解协议书，他签完就反悔不拆了", "civil-litigation")]
    // Mediated once and the other side still refuses: the court next, not mediation again.
    [InlineData("对门装修砸坏了我家防盗门，社区调解员上门调了一次，对方还是不肯赔", "civil-litigation")]
    // A 复议决定 that kept the fine: a suit (行政诉讼法第四十五条).
    [InlineData("行政复议维持了区市场监管局的罚款决定，我还想争一争", "administrative-litigation")]
    public void LaterStage_GetsTheNextStepFirst(string message, string expected)
    {
        var answer = fixture.Ask(message);
        Assert.Equal(expected, answer.Channels[0]);
    }

    [Fact]
    public void SignedLabourContractWithUnpaidOvertime_StaysWithTheLabourChannels()
    {
        // A signature on a labour contract is no mediation agreement.
        var answer = fixture.Ask("劳动合同签了字，老板还是不给加班费");
        Assert.StartsWith("labor-", answer.Channels[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AwardAlreadyMade_DoesNotStateTheOneYearArbitrationLimit()
    {
        var answer = fixture.Ask("仲裁委已经裁了，让厂里十天内把工资补给我，到现在一分没给", User("厂里拖欠我四个月工资"), Bot("拖欠工资可以向劳动保障监察投诉，也可以申请劳动仲裁。"));
        Assert.Equal("civil-litigation", answer.Channels[0]);
        Assert.DoesNotContain("1年", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortFollowUpWithoutAWordOfAGrievance_ContinuesTheMatter()
    {
        var answer = fixture.Ask(
            "客服说再等等，等了半个月也没人理",
            User("网上买的洗衣机漏水，商家拒绝退货"),
            Bot("可以先和商家协商，不成的拨打12315投诉。"));
        Assert.False(answer.OutOfScope);
        Assert.Equal("consumer-complaint", answer.Channels[0]);
    }
    [Theory]
    // Asking whether the matter just discussed may go to one channel: the matter keeps its kind (a labour dispute goes to
    // arbitration before any court, 劳动争议调解仲裁法第五条; a neighbour's damage may go to court; not wanting 复议, a suit).
    [InlineData("能不能直接去法院告厂里", "单位把我开除了，经济补偿一分没有", "labor-arbitration")]
    [InlineData("可以直接起诉他吗", "隔壁盖房子把我家的排水沟堵死了", "civil-litigation")]
    [InlineData("不想复议了，能直接去告他们吗", "县市场监管局罚了我两万，说我卖过期食品", "administrative-litigation")]
    public void ShortQuestionAboutAChannel_AsksItForTheMatterJustDiscussed(string message, string earlier, string expected)
    {
        var answer = fixture.Ask(message, User(earlier), Bot("这类事情有自己的法定途径。"));
        Assert.Equal(expected, answer.Channels[0]);
    }

    [Fact]
    public void PetitionRegisteredLongAgoWithNoAnswer_GetsThePetitionPeriods()
    {
        var answer = fixture.Ask("到现在大半年了一直没人给个说法", User("今年三月我在县信访局登记反映了小区违建的事"), Bot("可以向有权处理的机关提出信访事项。"));
        Assert.Equal("petition", answer.Channels[0]);
    }

    [Fact]
    public void AnotherMatterAfterAlso_IsUnderstoodOnItsOwn()
    {
        // 还有， followed by a matter of its own is a second question, not the first matter continued.
        var answer = fixture.Ask("还有，楼下饭店的油烟天天往我家窗户里灌", User("网上买的电饭煲用两天就坏了，店家不退"), Bot("可以拨打12315投诉。"));
        Assert.NotEqual("consumer-complaint", answer.Channels[0]);
    }
    [Theory]
    // A judgment lost and the judge said to be bribed: the appeal and retrial periods are running, so the judgment's
    // remedies come first; a vehicle held by the police "as evidence in a case" is no administrative act for 行政复议.
    [InlineData("官司打输了我不服，听说审我这个案子的法官跟对方律师一起吃饭收了好处", "judicial-remedy")]
    public void JudgmentLostWithABribedJudge_GetsTheJudgmentsRemediesFirst(string message, string expected)
    {
        var answer = fixture.Ask(message);
        Assert.Equal(expected, answer.Channels[0]);
    }

    [Fact]
    public void PropertyHeldInACriminalCase_IsNotSentToAdministrativeReconsideration()
    {
        var answer = fixture.Ask("公安把我的货车扣走快一年了，说是涉案证据，要扣到案子结束，能要回来吗");
        Assert.NotEqual("administrative-reconsideration", answer.Channels[0]);
    }
    [Fact]
    public void LongerContinuationWithoutAWordOfAGrievance_StillContinuesTheMatter()
    {
        // Longer than a short follow-up, but nothing in it names a matter of its own: the 低保 refusal continued.
        var answer = fixture.Ask("他们又说我闺女在城里有辆车所以不行，可车是闺女自己的，她早就出嫁了也不跟我们过", User("我申请低保被乡里拒了"), Bot("低保由乡镇人民政府审核、县级民政部门审批。"));
        Assert.False(answer.OutOfScope);
        Assert.Contains(answer.Channels[0], new[] { "social-assistance", "administrative-reconsideration" });
    }

    [Fact]
    public void SayingTheNewQuestionIsUnrelated_IsUnderstoodOnItsOwn()
    {
        var answer = fixture.Ask("跟这个没关系了，我们小区门口的路灯坏了一个月没人修", User("法院判了我输，我想申请再审"), Bot("申请再审应当在判决生效后六个月内提出。"));
        Assert.NotEqual("judicial-remedy", answer.Channels[0]);
    }
}
