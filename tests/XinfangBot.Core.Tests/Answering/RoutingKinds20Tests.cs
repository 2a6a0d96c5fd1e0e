using XinfangBot.Core.Tests.Support;
using static XinfangBot.Core.Tests.Support.Turns;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Kinds of message routed to the wrong first channel or topic in session 20 (issue 9). The sentences are written for these
/// tests, one situation each; none is an evaluation item's or a probe's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class RoutingKinds20Tests(EngineFixture fixture)
{
    [Theory]
    // A hand caught by a machine at work (轧, 卷进): a work injury, whatever the sum offered to settle.
    [InlineData("在砖厂干活时手被搅拌机轧了，老板只肯出两千", "labor-arbitration")]
    // Cantonese: the boss (老细) never signed a contract with me (冇同我签).
    [InlineData("老细一直冇同我签劳动合同", "labor-arbitration")]
    // Wages owed by a company since deregistered: no employer left for the inspection; arbitration names those liable.
    [InlineData("之前上班的公司已经注销了，还欠着我四个月工资", "labor-arbitration")]
    // Food with an insect, bought by delivery: a consumer complaint, not out of scope.
    [InlineData("在外卖平台点的炒饭里有只苍蝇，商家不理", "consumer-complaint")]
    // Documents of a land acquisition withheld, or how a compensation was worked out: ask the organ for the information.
    [InlineData("镇里的征地补偿安置方案村干部一直不让我们看，这种文件能不能公开", "information-disclosure")]
    [InlineData("拆迁款到底是怎么算的，去哪里能查", "information-disclosure")]
    // Acquitted on retrial, asked whether it is paid: state compensation.
    [InlineData("我爸坐了两年牢，后来再审改判无罪，这能赔吗", "state-compensation")]
    // A gift from a businessman to an official: misconduct.
    [InlineData("我们镇的派出所所长住的房子是一个开发商送的", "discipline-inspection")]
    // A work injury not accepted for want of a labour contract: the labour relation is confirmed by arbitration first.
    [InlineData("在工地摔伤了，去社保局申请工伤认定，说我没有劳动合同不受理", "labor-arbitration")]
    // Beaten and the other side refusing to pay: the civil claim first (a penalty or none, the damages are civil).
    [InlineData("被人打了一顿，对方一分钱不肯赔，怎么办", "civil-litigation")]
    // Where a government's money on public work went, or how compensation was shared: information an organ holds.
    [InlineData("我想查一下我们组的征地补偿款到底是怎么分的", "information-disclosure")]
    // A vehicle scratched in the compound, the property company disowning it: a claim.
    [InlineData("电动车停在小区车棚被人划了好几道，物业说不归他们管", "civil-litigation")]
    // An old parent the children give nothing to: a family dispute (调解, a suit for support).
    [InlineData("我今年七十九了，两个儿子都不给我生活费", "mediation")]
    // A judgment for money in force and not paid: the court enforces it on application.
    [InlineData("法院判了他还我五万块钱，判决都生效三个月了他就是不还", "civil-litigation")]
    // Cantonese: no contract signed (冇签合同); hurt at work (整亲).
    [InlineData("喺老细间铺做咗八个月，一直冇签合同，而家想追双倍人工", "labor-arbitration")]
    [InlineData("我喺车间做嘢整亲咗手，老细唔理", "labor-arbitration")]
    public void Kind_GetsItsFirstChannel(string text, string channel) => Assert.Equal(channel, fixture.Ask(text).Channels[0]);

    /// <summary>A follow-up asking about a remedy by a word the vocabulary reads as a labour one (仲裁 → 劳动仲裁) asks about
    /// the matter just discussed; a remedy named as written (劳动仲裁) is a matter of its own.</summary>
    [Theory]
    [InlineData("仲裁的时效是多长", "村委会把我家的责任田收回去转包给别人了", "rural-land-arbitration")]
    [InlineData("劳动仲裁要多久", "小区门口的烧烤摊天天半夜吵", "labor-arbitration")]
    public void RemedyAskedAfterMatter_FollowsTheMatterUnlessNamed(string text, string earlier, string channel) =>
        Assert.Equal(channel, fixture.Ask(text, User(earlier), Bot("可以先协商，协商不成再走相应程序。")).Channels[0]);

    /// <summary>A new matter told after another (还有…, or a story of its own) is understood on its own; what the writer already
    /// tried (调解没调成, 申请寄过去没答复, 去了社保局说没合同) decides the next step of the matter just discussed.</summary>
    [Theory]
    [InlineData("我弟弟在加工厂被传送带卷进去轧伤了手，厂里就给了一千块让他回家", "楼道里的灯坏了好几个月没人修", "labor-arbitration")]
    [InlineData("还有我刚怀孕，领导就要我写辞职报告", "小区门口的烧烤摊天天半夜吵", "labor-arbitration")]
    [InlineData("调解没调成，叫我自己去法院起诉，还来得及吗", "在饭馆门口被人推倒摔断了胳膊，派出所来处理过", "civil-litigation")]
    [InlineData("信寄过去二十多天了，答复都没有", "我向区政府申请公开拆迁补偿方案", "administrative-reconsideration")]
    [InlineData("我去了社保局，人家说没签合同不给办", "单位出了事故我受了伤，单位不给报工伤", "labor-arbitration")]
    [InlineData("我担心他报复我，举报人的名字会不会泄露", "我举报了我们村支书挪用扶贫款", "discipline-inspection")]
    [InlineData("罚款到现在还没退给我，找谁要", "我被派出所罚款两千，后来复议撤销了", "state-compensation")]
    [InlineData("那多久能给我个答复", "我被拘留了七天，后来撤销了", "state-compensation")]
    [InlineData("我已经去检察院了 人家说不归他们管", "派出所说我这是合同纠纷不给立案", "judicial-remedy")]
    [InlineData("那事先放着。我叔叔把我家承包的三亩地占去盖了猪圈", "我家要拆迁了，评估价太低", "rural-land-arbitration")]
    [InlineData("另外问一下 我表弟在KTV门口被四个人围着打 送医院了", "低保怎么申请", "police")]
    public void FollowUp_KeepsOrLeavesTheMatter(string text, string earlier, string channel) =>
        Assert.Equal(channel, fixture.Ask(text, User(earlier), Bot("好的，请说说具体情况。")).Channels[0]);
}
