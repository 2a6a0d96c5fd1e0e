using XinfangBot.Core.Tests.Support;
using static XinfangBot.Core.Tests.Support.Turns;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Kinds of message routed to the wrong first channel or topic in session 19 (issue 9). The sentences are written for these
/// tests, one situation each; none is an evaluation item's or a probe's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class RoutingKinds19Tests(EngineFixture fixture)
{
    [Theory]
    // Grown children refusing to support an old parent: a family dispute (调解, a suit for 赡养费), not social assistance.
    [InlineData("我爸今年七十八了，三个儿子谁都不管他，生活费一分不给", "mediation")]
    [InlineData("我七十多了没收入，几个儿女都不管我，给我点生活费都不肯", "mediation")]
    // A landlord locking the tenant out or throwing the things out: the police first, not a demolition.
    [InlineData("房租才晚交两天，房东就把我的门锁了，我和孩子今晚没地方睡", "police")]
    [InlineData("租的房子还没到期，房东半夜把我行李扔出来不让我进门", "police")]
    // Beaten while held: a report or a complaint, not out of scope and not state compensation first.
    [InlineData("我儿子被关在看守所，出来说里面的管教打他，我们想追究责任", "police")]
    // … but asking who pays for it, in any words, is state compensation (国家赔偿法第十七条).
    [InlineData("我弟在看守所被同监室的人打断了肋骨，谁赔", "state-compensation")]
    // Dismissed without the word 辞退 (不用来了, 卷铺盖走人): a labour dispute, arbitration first.
    [InlineData("老板今天突然说明天不用来了，也没说为什么，我干了三年了", "labor-arbitration")]
    [InlineData("干了两年，经理一句话就叫我卷铺盖走人，啥理由都没有", "labor-arbitration")]
    // A car towed by an enforcement organ: an administrative compulsory measure (行政复议法第十一条第二项).
    [InlineData("我车停在路边，被交警拖走了，拖车费停车费要八百，我觉得不合理", "administrative-reconsideration")]
    // A planning permit given to a neighbour, contested by the one affected: an organ's act, not a neighbour quarrel.
    [InlineData("隔壁新盖的厂房离我家不到五米，自然资源局给他批了建设工程规划许可，我不服", "administrative-reconsideration")]
    // A sum asked for to drop a penalty: misconduct, not the penalty contested.
    [InlineData("交警扣了我的车，中队长暗示给他两千就能不罚，这种人我要举报", "discipline-inspection")]
    // Talked into paying, money that cannot be withdrawn: a fraud for the police, not a financial complaint.
    [InlineData("有人冒充快递客服说要给我理赔，骗我转了八千块", "police")]
    [InlineData("网上投资平台充了三万，现在提现不了客服也找不到了", "police")]
    // An act revoked or found unlawful, compensation asked: state compensation.
    [InlineData("公安查封了我的仓库，后来撤销了，里面的货全坏了，能赔吗", "state-compensation")]
    [InlineData("检察院对我作出不起诉，可我被关了五个月，这损失谁来赔", "state-compensation")]
    [InlineData("我家房子被镇政府强拆，法院已经判了强拆违法，那我的损失怎么要", "state-compensation")]
    // A report the police have not filed for months: 涉法涉诉 (立案监督), not a new report.
    [InlineData("去派出所报了案两个月了一直不给立案", "judicial-remedy")]
    // Debt collectors abusing the family or calling the contact list: the police.
    [InlineData("借了网贷还不上，催收的人打电话骂我爸妈", "police")]
    [InlineData("网贷平台给我手机通讯录里的好友挨个发信息说我欠钱不还", "police")]
    // Without money for a lawyer, said in other words: legal aid.
    [InlineData("被车撞了要打官司，可是我没多少钱请律师", "legal-aid")]
    // Tap water unfit, a social security card's service: public services, 12345.
    [InlineData("这几天自来水一股臭味还有点浑，能找谁", "hotline-12345")]
    [InlineData("医保卡刷不了了说要激活，去哪里办", "hotline-12345")]
    // A work-injury recognition that says it is none: contest the decision.
    [InlineData("人社局的工伤认定结论说我这个不属于工伤，我想推翻", "administrative-reconsideration")]
    // A card skimmed and the bank making the holder bear it: a dispute with the bank.
    [InlineData("储蓄卡里两万被人在外地取走了，卡一直在我身上，银行说密码对的不赔", "consumer-complaint")]
    // Officials tipping off an illegal business: misconduct.
    [InlineData("听说派出所有人给那家麻将馆通风报信，每次检查都扑空", "discipline-inspection")]
    // Damage in the compound the property company disowns: a claim, civil.
    [InlineData("停在小区楼下的车被人砸了玻璃，物业说不负责", "civil-litigation")]
    // A parent kept from seeing the child (探视): a family matter, not out of scope.
    [InlineData("离婚以后前夫一直不让我看孩子", "mediation")]
    // Detained in error and released, money asked in plain words: state compensation.
    [InlineData("我被派出所错拘了五天，后来撤销了，能要钱吗", "state-compensation")]
    // Points taken off a licence contested; assistance cancelled: the organ's decision.
    [InlineData("驾驶证被扣了六分，我觉得冤", "administrative-reconsideration")]
    [InlineData("我家的低保突然被取消了", "administrative-reconsideration")]
    [InlineData("两个儿子都不给我养老钱", "mediation")]
    public void Kind_GetsItsFirstChannel(string text, string channel) => Assert.Equal(channel, fixture.Ask(text).Channels[0]);

    /// <summary>A question about arbitration itself (仲裁要带什么, 仲裁要交钱吗) after wages owed asks about that channel: it
    /// comes first.</summary>
    [Theory]
    [InlineData("那仲裁得准备啥", "饭店老板扣了我一个月工资不给")]
    [InlineData("仲裁的话要交钱吗", "包工头欠了我八千工钱")]
    public void ArbitrationAskedAfterWages_PutsArbitrationFirst(string text, string earlier) =>
        Assert.Equal("labor-arbitration", fixture.Ask(text, User(earlier), Bot("欠薪可以向劳动保障监察投诉，或者申请劳动仲裁。")).Channels[0]);

    /// <summary>What was already done decides the next step: the labour inspection tried (arbitration next), an award won and
    /// not paid (the court), mediation refused (a suit).</summary>
    [Theory]
    [InlineData("劳动监察大队也去投诉过了，他们说管不了", "厂里拖了我四个月工资不发", "labor-arbitration")]
    [InlineData("仲裁已经赢了，可公司还是不给钱", "公司辞退我不给补偿", "civil-litigation")]
    [InlineData("调解过了，他们不同意赔", "邻居家的树倒了砸坏了我家的车棚", "civil-litigation")]
    public void AlreadyDone_GetsTheNextStep(string text, string earlier, string channel) =>
        Assert.Equal(channel, fixture.Ask(text, User(earlier), Bot("可以先协商，或者走相应的程序。")).Channels[0]);

    /// <summary>Fear of retaliation after telling of an official's theft (他会报复我吗) is a whistle-blower's question: 纪检监察.</summary>
    [Fact]
    public void RetaliationFearAfterAnOfficialsTheft_IsForDiscipline() =>
        Assert.Equal("discipline-inspection", fixture.Ask("他会不会报复我，写实名安全吗", User("村支书把上面拨的修桥款贪了一半"), Bot("可以向纪检监察机关检举控告。")).Channels[0]);
}
