using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Kinds of situation once routed to a wrong first channel (who did what to whom, which document the citizen holds).
/// The sentences are written for these tests, one situation each; they are no evaluation item's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class SituationRoutingTests(EngineFixture fixture)
{
    [Theory]
    // Hurt in a traffic accident, the 交警's 认定书 in hand, asking for compensation: a civil claim (调解, then a suit),
    // not 行政复议 against the 认定书. A driver who fled stays with the police; a traffic fine stays with 行政复议.
    [InlineData("上个月过马路被一辆小货车撞了，交警的事故认定书写的是司机全责，可他的保险公司只肯赔一半医药费", "mediation")]
    [InlineData("我妈骑三轮车被人追尾摔伤了，责任认定对方负主要责任，对方垫了一千块就再也不接电话，后面的住院费怎么要", "mediation")]
    [InlineData("晚上走路被一辆摩托车撞倒，司机撞完就逃逸了，医药费谁出", "police")]
    [InlineData("交警说我闯红灯罚了两百扣了六分，我不认这个处罚", "administrative-reconsideration")]
    // Violence by a spouse or a family member, also where the police came and only "mediated": the family violence
    // law's answer (110, 人身安全保护令), not a complaint about police handling; a neighbour's son who hit the writer
    // is no family member.
    [InlineData("媳妇一吵架就拿擀面杖打我，派出所来了只说了几句，让我们自己好好过", "police")]
    [InlineData("我妹被她老公打得鼻青脸肿，报了警民警只是调解，她该怎么保护自己", "police")]
    [InlineData("邻居的儿子打我，派出所说让我们自己调解", "judicial-remedy")]
    // Where collective or public money went, asked as wanting to see the accounts: a request for information (信息公开,
    // 村务公开); misconduct only when the writer alleges it (转到自己账户) — then 纪检监察.
    [InlineData("街道收的那笔修缮经费最后怎么花的，我们居民想看看明细", "information-disclosure")]
    [InlineData("村里这两年出租鱼塘的钱用到哪里了，我们村民可以查吗", "information-disclosure")]
    [InlineData("村会计把补偿款转到自己账户了，钱去哪了也不知道，想查他", "discipline-inspection")]
    // An injury done years ago and whether one can still sue: the civil claim and its three-year limitation (民法典第一百八十八条),
    // not a new report to the police.
    [InlineData("前年赶集被人推倒摔断了胳膊，一直没要到钱，现在告他还来得及吗", "civil-litigation")]
    [InlineData("去年被邻居家的狗咬伤，当时他说会赔，现在一直拖着，过了这么久还能起诉吗", "civil-litigation")]
    // How long the petition office may take, whatever the matter petitioned about: the petition procedure's periods.
    [InlineData("我们把宅基地审批的事写成材料递到区信访办了，他们最晚多少天要回复我们", "petition")]
    // A private debt told first and a fine told after it: the first matter keeps its own channel (a civil suit), the fine
    // does not make the debt a 复议 matter; a fine told alone stays with 行政复议.
    [InlineData("两件事：一是我借给同事两万块钱他一直拖着不还，二是我的三轮车被城管扣了还罚了五百", "civil-litigation")]
    // A business the writer paid as a customer took the money and stopped: a consumer dispute, not unpaid wages; one who
    // worked for that business and was not paid stays with unpaid wages.
    [InlineData("请的装修队收了我三万块定金，活干了一半人就联系不上了", "consumer-complaint")]
    [InlineData("家里雇的家政公司预收了半年的钱，做了一个月就不来了也不退", "consumer-complaint")]
    [InlineData("我在装修公司上班，公司收了客户的钱跑了，我的工资也没发", "labor-inspection")]
    // Hurt by someone and asking how to get the medical costs: a civil claim (a suit first when the other side will not pay,
    // mediation beside it), also when the police have
    // already penalised the one who hit (that is no decision of the writer's to contest).
    [InlineData("在菜市场跟人吵架被他推倒磕破了头，缝针花了三千，他只肯给五百，剩下的怎么要", "civil-litigation")]
    [InlineData("打我的那个人已经被派出所拘留了七天，可我的住院费他一分没给", "civil-litigation")]
    // A customer hurt in a shop whose 老板 will not pay: a personal-injury claim, not the wage guide (the 老板 is no employer
    // of the writer's); hurt at work stays a work injury.
    [InlineData("在澡堂里被松掉的淋浴喷头砸伤了额头，老板只肯退澡票钱", "mediation")]
    [InlineData("我在厂里上班时被机器砸伤了手，老板不给报工伤", "labor-arbitration")]
    // What the police said is no complaint about them when the writer's own claim is civil: compensation for an injury the
    // police sent to court, a matter with no crime in it called a civil dispute; a nuisance the police left to the
    // neighbours stays the nuisance complaint (12345).
    [InlineData("退租时房东扣着三千押金不还，我去派出所反映，民警说这是民事纠纷让我自己去法院", "civil-litigation")]
    [InlineData("对门天天半夜唱卡拉OK，噪音大得很，报警后警察只是让我们两家自己协商", "hotline-12345")]
    // A private dispute whose mediation has already failed: the civil suit comes first; a homestead line keeps its own route.
    [InlineData("表叔借我家的拖拉机用坏了不肯修，村调解员调了两回都没用，他还是一分不出", "civil-litigation")]
    // An organ's written refusal of the citizen's own application, not accepted (不服, 能申诉吗): 行政复议 first, whatever
    // office wrote it; 申诉 here is the everyday word, no court is named.
    [InlineData("申请了廉租房，房管所寄来书面通知说我家不符合条件，我不服，能申诉吗", "administrative-reconsideration")]
    [InlineData("给老父亲申请的高龄补贴被民政所驳回了，说材料不齐，给了个书面答复，我们该怎么办", "administrative-reconsideration")]
    // Collective property let by a cadre on his own and the money said to have gone into his pocket: 纪检监察, also when
    // several villagers want to report it together (not the joint-petition procedure first).
    [InlineData("组长擅自把组里的集体林地租给了外地老板，租金去向没人知道，听说进了他自己的腰包，我们想几户人一起反映", "discipline-inspection")]
    // A former husband who still harasses, the writer asking for free legal help to sue: legal aid keeps its answer.
    [InlineData("前夫离婚后还老是跑到我单位闹，我想起诉要回孩子的抚养权，可是请不起律师，能申请法律援助吗", "legal-aid")]
    // A developer in breach of the sale contract (交房 late, 违约金 refused, 退房 asked): a civil suit.
    [InlineData("买的期房开发商说资金断了，合同约定的交房日期过了八个月还是没交，违约金也不认，我们能退房吗", "civil-litigation")]
    // An organ asked in writing to act that stays silent (不作为): 行政复议 first, whatever the matter it was asked about; the
    // police not acting keep their own route.
    [InlineData("三月份我交了书面申请让区城管拆掉楼下违建的棚子，城管局签收了，到现在没有一点动静，这算不作为吗", "administrative-reconsideration")]
    [InlineData("找了好几次街道办要求制止隔壁工地夜里施工，一直拖着不办，街道这样是不是不作为", "administrative-reconsideration")]
    [InlineData("去年写信让乡政府处理邻居把路堵了的事，乡里签收后再没下文，乡政府不作为我能去法院告吗", "administrative-reconsideration")]
    // Water or power cut to force a household to sign or move: the police now (110), then the forced-demolition routes.
    [InlineData("征收办的人说不签协议就别想过年，第二天就把我们整栋楼的水电都掐了，老人冻得不行", "police")]
    // Staff of a public institution under a 聘用合同 let go or not renewed: a personnel dispute, arbitration first
    // (劳动争议调解仲裁法第五十二条), not a rural land contract found by the word 合同; civil servants are left out.
    [InlineData("我在镇中心小学当了七年代课的聘用教师，今年合同期满学校说不再续聘了，补偿也没有", "labor-arbitration")]
    [InlineData("市里一家公立医院把我们几个编外药剂员解聘了，说是编制收紧，我们想讨个说法", "labor-arbitration")]
    // A relative of the writer's detained or fined by the police (把他拘留了, 他被拘留了): the family contests that decision,
    // 行政复议 first; the other side penalised after hurting the writer's relative leaves the injury claim civil.
    [InlineData("我侄子在网吧跟网管争了几句，派出所就把他拘留了五天，我们不服", "administrative-reconsideration")]
    [InlineData("我姐夫开货车被查出来证件过期，他被拘留了十天还罚了款，家里人觉得处理重了", "administrative-reconsideration")]
    [InlineData("我儿子被同村的人打掉两颗牙，派出所把对方拘留了五天，镶牙的钱对方一直不给", "mediation")]
    // Water from the flat above that damaged the writer's home, or a neighbouring household's rubbish at the writer's
    // door: a dispute between two households (调解, then a suit), also when the property company sent it back to them; a
    // shared pipe the property company does not repair stays with 12345.
    [InlineData("楼上那户的热水器管子裂了，水顺着灯线流下来，我家书房的书全湿了，物业让我们自己去协商", "mediation")]
    [InlineData("隔壁那家把旧沙发和装修垃圾扔在我家门口快一个月了，怎么说都不搬", "mediation")]
    [InlineData("单元楼的公共水管漏了十来天，物业一直说没材料不来修", "hotline-12345")]
    // A utility billing too much or making a purchase a condition of supply: a consumer matter with the supplier
    // (投诉; 12345 when the public-services guide was found), not a guide found by search alone; one who works for the
    // utility and is not paid keeps the wage guide.
    [InlineData("标题：电费莫名其妙多了三倍。我们两口子白天都上班，家里就一台冰箱，这两个月电费每月都五六百，打了95598说电表没问题，让我们自己查线路，到哪里投诉", "consumer-complaint")]
    [InlineData("热力公司说今年要先交一笔管网改造费才给开栓供暖，不交就不给热，别的小区都没有这个收费", "hotline-12345")]
    [InlineData("我在自来水公司做了三年抄表工，公司已经四个月没给我发工资了", "labor-inspection")]
    // An official handing a benefit to his own people, told with the benefit first (书记把名额给了他亲戚): misconduct,
    // 纪检监察; the writer's own benefit withdrawn stays with the assistance guide.
    [InlineData("社区主任把今年的两个困难户名额都报给了自己的亲家，真正困难的没评上", "discipline-inspection")]
    [InlineData("村主任把低保给了我家，现在说要取消", "social-assistance")]
    // A report to the police that went nowhere, told with how long ago it was made (报了案…十个月了…消息都没有): a complaint
    // about police handling (涉法涉诉); a report just made and waited on stays with the police.
    [InlineData("去年五月在派出所报了案，过了十个月了警察一点消息都没有", "judicial-remedy")]
    [InlineData("昨天刚报了警，警察说一个星期内给我消息", "police")]
    // A labour arbitration lost (仲裁没支持, 仲裁输了): the next step is a suit (劳动争议调解仲裁法第五十条); a fear of losing
    // before applying keeps arbitration first.
    [InlineData("厂里不给加班费我申请了仲裁，结果仲裁委没支持我的请求，下一步怎么办", "civil-litigation")]
    [InlineData("我想申请劳动仲裁，怕仲裁输了要出钱", "labor-arbitration")]
    // An agreement reached in mediation that the other side does not honour: a suit on it (or the court's confirmation),
    // not mediation again.
    [InlineData("被邻居家的鹅啄伤了腿，村里调解员调解好了，他答应赔八百，协议也签了，两个月了一分没给", "civil-litigation")]
    [InlineData("我跟借钱的人在调委会签了调解协议书，说好年底前还清，现在又反悔了不还", "civil-litigation")]
    public void Answer_Situation_GetsItsFirstChannel(string text, string channel)
    {
        var answer = fixture.Ask(text);
        Assert.True(answer.Channels.Count > 0 && answer.Channels[0] == channel, $"{text}: {string.Join(",", answer.Channels)} ({answer.TopicId})");
    }

    [Fact]
    public void Answer_SpouseViolenceThePoliceOnlyMediated_IsTheFamilyViolenceGuide()
    {
        var answer = fixture.Ask("我男人喝醉了就往死里打我，民警来了只是劝了劝，叫我们自己解决");
        Assert.Equal("guide/domestic-violence", answer.TopicId);
    }

    [Fact]
    public void Answer_InjuryYearsAgo_CitesTheCivilLimitationAndNamesNoSecondMatterTwice()
    {
        var answer = fixture.Ask("四年前在集市上被人打伤了，当时没去要赔偿，现在想告他还来得及吗");
        Assert.Equal("guide/personal-injury", answer.TopicId);
        Assert.Contains("minfadian-zongze#188", answer.Citations);
        Assert.DoesNotContain("你还提到了人身损害赔偿", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_HowLongThePetitionOfficeMayTake_IsThePetitionPeriodsNotTheMatter()
    {
        var answer = fixture.Ask("反映征收补偿的材料已经交给市信访局了，按规定他们多长时间必须办完给答复？");
        Assert.Equal("faq/handling-60d", answer.TopicId);
    }
}
