using XinfangBot.Core.Triage;
using static XinfangBot.Core.Tests.Triage.SafetyAsserts;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message added to lexicon.yaml in session 13 (issue 7), each with a harmless look-alike.</summary>
public sealed class SafetyKinds13Tests
{
    /// <summary>Worry for someone else (别让他想不开) is that person's state, not the writer's crisis.</summary>
    [Theory]
    [InlineData("补偿款拖了大半年，我舅舅天天坐在门口发呆，求你们早点给个答复，别让他想不开")]
    [InlineData("我们几个子女轮流陪着老爷子，免得老人家一时想不开，宅基地的事我们还在走程序")]
    public void Assess_WorryForSomeoneElse_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>A business under strain (厂子撑不住了) or strain told with a remedy asked is about money, not a life.</summary>
    [Theory]
    [InlineData("订单全被取消了，厂子眼看就撑不住了，工人的社保还能缓缴吗")]
    [InlineData("摊位费一年涨了三回，我实在快熬不下去了，想问有没有减免的政策")]
    public void Assess_BusinessOrMoneyStrain_IsNotRaised(string text) => AssertNotRaised(text);

    [Fact]
    public void Assess_MoneyStrainWithAWishToDie_StillAlarms() =>
        AssertCrisis("饭馆关了，欠的钱还不上，我撑不下去了，只想一了百了");

    /// <summary>A place of danger the writer is at now, told after a house or land dispute in the same sentence.</summary>
    [Fact]
    public void Assess_PlaceOfDangerAfterAPropertyGrievance_IsCrisis() =>
        AssertCrisis("征地补偿拖了五年，村里一直说研究研究，我现在一个人坐在楼顶边上，两条腿悬在外头");

    /// <summary>A past attempt with the wish or the means back now; a third person's past attempt and one come through are not.</summary>
    [Theory]
    [InlineData("前年我吞过一次安眠药，这几天那个念头又回来了")]
    [InlineData("我上过吊，绳子断了没死成，这回我换了根粗的")]
    public void Assess_PastAttemptRenewed_IsCrisis(string text) => AssertCrisis(text);

    [Theory]
    [InlineData("我表哥以前因为讨薪的事喝过一次农药，现在想问欠薪能不能申请支付令")]
    [InlineData("我前几年也动过轻生的念头，后来看了心理医生，现在想问残疾证怎么办")]
    public void Assess_PastAttemptOfAnotherOrComeThrough_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>Ordinary kinds that had raised a crisis: a parents' portrait, poison drunk by mistake, a dead person's arrangement,
    /// things buried when a house was pulled down, a knife named in anger and then the police called.</summary>
    [Theory]
    [InlineData("老宅被推倒那天，我父母的遗像还挂在墙上没取下来")]
    [InlineData("我奶奶眼神不好，错把农药当成饮料喝了一口，洗胃的钱能报销吗")]
    [InlineData("我爸过世前交代，那间铺面留给我妹妹，现在我叔叔要来分")]
    [InlineData("拆迁队一早就动手了，我们的被褥和身份证都压在废墟里面")]
    [InlineData("他把我家的鸡全药死了，我气得想拿菜刀找他，最后还是报了警")]
    public void Assess_OrdinaryKindsThatLookedRisky_AreNotRaised(string text) => AssertNotRaised(text);

    /// <summary>Passive wishes and plans in other words.</summary>
    [Theory]
    [InlineData("早上闹钟一响，我就在想为什么又醒了")]
    [InlineData("我一个孤老头子，哪天死在炕上也没人知道")]
    [InlineData("医生说可能是肿瘤，我心里倒是松了口气")]
    [InlineData("等这个案子判完，不管结果怎样，我都不准备再活下去了")]
    [InlineData("我给儿子写了封信，等他成年了再交给他看")]
    public void Assess_PassiveWishOrPlanInOtherWords_IsCrisis(string text) => AssertCrisis(text);

    /// <summary>Revenge as a funeral in their family, and Cantonese liquefied gas carried to a target.</summary>
    [Theory]
    [InlineData("他害我家破产，我迟早让他家里也办一场白事")]
    [InlineData("我拎住两罐石油气去佢间厂，大家一齐玩完")]
    public void Assess_RevengeOrGasCarriedToATarget_IsThreat(string text) => AssertThreat(text);

    /// <summary>Revenge told as a debt to repay, a score settled with the target named, a beating until the target cannot rise.</summary>
    [Theory]
    [InlineData("当年他把我弟打成那样，这笔血债迟早要他还")]
    [InlineData("他们当初怎么整我的，我会十倍奉还")]
    [InlineData("等我伤好了，头一件事就是找那个骗走我房子的人算总账")]
    [InlineData("下次他再敢来，我一定打到他下不了床")]
    public void Assess_RevengeAsADebtOrABeating_IsThreat(string text) => AssertThreat(text);

    [Theory]
    [InlineData("借他的五万块，我会一笔一笔还给他")]
    [InlineData("这口气我咽不下，但我一定要通过法院讨回来")]
    [InlineData("村里让我们把病死的猪拉到后山烧掉，这样处理对吗")]
    public void Assess_MoneyRepaidLawfulWayOrWasteBurned_IsNotRaised(string text) => AssertNotRaised(text);

    /// <summary>Someone else at risk now: a crisis whose reply gives the help for that person.</summary>
    [Theory]
    [InlineData("我妈刚才喝了半瓶敌敌畏，现在人在镇卫生院")]
    [InlineData("我弟弟现在站在他们公司楼顶上，电话也不接")]
    public void Assess_SomeoneElseAtRiskNow_IsCrisisAboutSomeoneElse(string text)
    {
        var a = Assess(text);
        Assert.True(a.IsAlarm, a.Reason);
        Assert.Equal(SafetyLabel.Crisis, a.Kind);
        Assert.True(a.AboutSomeoneElse, a.Reason);
    }

    [Theory]
    [InlineData("我家的羊刚才吃了撒过农药的草，现在倒在地上")]
    [InlineData("我姑父去年喝了农药，抢救无效走了，赔偿的事一直没谈拢")]
    [InlineData("我丈夫威胁说要跳楼来逼我撤诉，现在怎么办")]
    public void Assess_AnimalDeathOrLeverOfAnother_IsNotAboutSomeoneElseAtRisk(string text) =>
        Assert.DoesNotContain(Assess(text).Lexicon.Fired, f => f.StartsWith("other-at-risk", StringComparison.Ordinal));

    [Fact]
    public void Assess_WritersOwnCrisis_IsNotAboutSomeoneElse()
    {
        var a = Assess("我刚才喝了农药，现在肚子疼");
        Assert.True(a.IsAlarm, a.Reason);
        Assert.False(a.AboutSomeoneElse, a.Reason);
    }
}
