using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// A guide's <c>leads</c> say which of its articles govern one step or part of its matter: the message asking about that
/// step gets those articles among its first three citations, ahead of the staff's order for the matter as a whole.
/// The messages are written for these tests.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class CiteLeadsTests(EngineFixture fixture)
{
    [Theory]
    // 不服 a decision of the assistance office: the article on review, not the one on applying for 低保.
    [InlineData("乡里把我家的低保停发了，说是收入超标，我不服想讨个说法", "shehui-jiuzhu-zanxing-banfa-2019#65")]
    // 临时救助 rather than 低保: the article on applying for it.
    [InlineData("家里老人突然中风住院，一下子拿不出钱，能申请临时救助吗", "shehui-jiuzhu-zanxing-banfa-2019#48")]
    // A disability grade thought too low: the article on a second assessment, not the one on 工伤认定.
    [InlineData("厂里的焊工，劳动能力鉴定出来是十级，我觉得评低了，还能再鉴定吗", "gongshang-baoxian-tiaoli-2010#26")]
    // Legal aid refused: the article on objecting to the refusal.
    [InlineData("申请法律援助被拒了，说我不符合条件，我有异议怎么办", "falv-yuanzhu-fa-2021#49")]
    // A utility cutting supply: the consumer-protection article on settling a dispute with the supplier.
    [InlineData("供电公司连着三天停电也不说原因，电费一分不少收，找谁说理", "xiaofeizhe-quanyi-baohu-fa-2013#39")]
    // Compensation thought too low: the article on valuing the expropriated house.
    [InlineData("旧城改造征收我家的房子，评估价比周边二手房低一大截，这个补偿合理吗", "guoyou-tudi-fangwu-zhengshou-buchang-tiaoli-2011#19")]
    // An arbitral award disputed: the article on going to court against it.
    [InlineData("被公司辞退去申请了劳动仲裁，裁决书下来了我不服，还能去法院吗", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#50")]
    // Staff of a public institution under a 聘用合同 not renewed: the article bringing them under the arbitration law.
    [InlineData("我在县医院当了六年聘用制护士，合同到期院里说不续聘了，一分补偿也没有", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#52")]
    // Noise from a shop downstairs: the article on applying for mediation, beside the one on 查处.
    [InlineData("楼下新开的烧烤店天天闹到凌晨两点，吵得我们一家睡不着", "renmin-tiaojie-fa-2010#17")]
    // Pollution that killed the fish of a pond, a suit for damages: the article on the conditions of a suit.
    [InlineData("上游的造纸厂偷排污水，把我家鱼塘的鱼全毒死了，我想去法院起诉要求赔偿", "minshi-susong-fa-2023#122")]
    // A lender leaking personal information: the article on keeping consumers' information secret.
    [InlineData("在网贷平台借过一笔钱，还清了还天天接到推销贷款的电话，肯定是平台把我的个人信息泄露了", "xiaofeizhe-quanyi-baohu-fa-2013#29")]
    // Goods that broke, the shop only willing to repair: the article on return, replacement and repair.
    [InlineData("上周买的洗衣机用了三天就不转了，店家只肯修不肯换", "xiaofeizhe-quanyi-baohu-fa-2013#24")]
    // A judgment the other side does not carry out: the article on applying to the court for enforcement.
    [InlineData("官司打赢了，判决书生效三个月了，被告就是拒不履行", "minshi-susong-fa-2023#247")]
    // Enforcement applied for and the court idle: the article on going to the court one level up.
    [InlineData("法院执行立案快一年了，执行法官一直说在查财产，执行迟迟没有动静", "minshi-susong-fa-2023#237")]
    // Hurt in a quarrel and asking for the medical costs: the article on tort liability.
    [InlineData("在菜市场跟人起了争执被推倒，手腕骨折，我要他赔偿医药费", "minfadian-zongze#120")]
    // Bitten by a dog: the article on tort liability, not only the ones on mediation and the limitation period.
    [InlineData("被小区里一条没拴绳的大狗扑上来咬伤了腿", "minfadian-zongze#120")]
    // Legal aid not granted, told in few words: the article on objecting to the refusal.
    [InlineData("申请了法律援助，中心说不给我批", "falv-yuanzhu-fa-2021#49")]
    // A state-compensation claim left without an answer: the article on suing after the organ's silence.
    [InlineData("去年向公安局申请了国家赔偿，到现在也没下文", "guojia-peichang-fa-2012#14")]
    // Words of a lead written in parts: the supply cut told with words between (把…电给掐了), the refusal as 没给…通过.
    [InlineData("旧城改造征收我们那片，搞征收的人半夜把整栋楼的电给掐了", "guoyou-tudi-fangwu-zhengshou-buchang-tiaoli-2011#31")]
    [InlineData("法律援助中心审查了一个星期，最后没给我通过", "falv-yuanzhu-fa-2021#49")]
    // A criminal-compensation claim left without a reply: the article on the reconsideration after the organ's silence.
    [InlineData("向法院申请刑事赔偿都三个月了，一直没有任何回复", "guojia-peichang-fa-2012#24")]
    // A judgment never paid, told in few words: the article on applying for enforcement.
    [InlineData("官司赢了快两年，对方一分钱都没给过我", "minshi-susong-fa-2023#247")]
    // A retrial application turned down: the article on asking the procuratorate.
    [InlineData("去中院申请再审，结果被驳回了，还有别的路吗", "minshi-susong-fa-2023#220")]
    // A judgment in a suit against the government thought wrong: the administrative-procedure article on retrial.
    [InlineData("告县政府的行政官司二审也输了，我觉得判得不对", "xingzheng-susong-fa-2017#90")]
    // Late to apply for enforcement: the article on the two-year period, ahead of the one on applying.
    [InlineData("欠款判决早就生效了，对方没给，我一直没去申请执行，过了两年还行吗", "minshi-susong-fa-2023#250")]
    // An account frozen by a court in a civil case, wrongly: the state-compensation article on courts' measures.
    [InlineData("打民事官司时法院把我公司账户查封了半年，后来说封错了，损失谁来赔", "guojia-peichang-fa-2012#38")]
    // Beaten by a police officer: the state-compensation article on officials' beating.
    [InlineData("在派出所做笔录，警察嫌我态度不好动手打了我几下", "guojia-peichang-fa-2012#3")]
    // Crops killed by a factory's fumes: the tort article, not only the ones on 查处 and mediation.
    [InlineData("村边砖厂冒的烟把我家两亩葡萄都熏死了", "minfadian-zongze#120")]
    // A worker killed at work: the article on the benefits of the bereaved family.
    [InlineData("我哥在搅拌站上班被机器压死了，厂里说只给五万块", "gongshang-baoxian-tiaoli-2010#39")]
    // Pay stopped while recovering from an injury at work: the article on 停工留薪.
    [InlineData("认定了工伤，在家养伤这两个月工资厂里一分没发", "gongshang-baoxian-tiaoli-2010#33")]
    // An assigned legal-aid lawyer who does nothing: the article on complaining and asking for another.
    [InlineData("法援中心给我派的律师三个月了都联系不上，能换一个吗", "falv-yuanzhu-fa-2021#55")]
    // 低保 handed to officials' relatives: the article on reporting assistance staff's wrongdoing.
    [InlineData("我们屯的低保名额全是村主任的亲戚在吃", "shehui-jiuzhu-zanxing-banfa-2019#63")]
    // Relief money held back: the article on withholding and embezzling assistance funds.
    [InlineData("我家的临时救助金被村里挪用了，一直没发到手", "shehui-jiuzhu-zanxing-banfa-2019#67")]
    // Help after a flood: the article on relief of people hit by natural disasters.
    [InlineData("发大水把家里冲得啥都不剩了，政府有没有救助", "shehui-jiuzhu-zanxing-banfa-2019#20")]
    // How to write a disclosure request: the article on what the request states.
    [InlineData("想向国土局申请公开土地征收批文，申请书咋写", "zhengfu-xinxi-gongkai-tiaoli-2019#29")]
    // A subcontractor's foreman gone with the wages: the article making the main contractor pay first.
    [InlineData("工地上的包工头跑路了，欠我们十几个人半年工钱", "baozhang-nongmingong-gongzi-zhifu-tiaoli-2019#30")]
    // Hurt by another person and the police slow: the tort article beside the ones on the police's procedure.
    [InlineData("晚上回家被邻居家的狗咬伤，报警了派出所让我们自己协商", "minfadian-zongze#120")]
    // An apology asked for, told as 道个歉: the articles on tort liability and its forms.
    [InlineData("被人打了报警，就想让打人的那个道个歉", "minfadian-zongze#179")]
    // A reconsideration decision upholding the fine: the article on suing within 15 days of it.
    [InlineData("对区里的罚款申请了复议，复议机关维持了，我还能怎么办", "xingzheng-susong-fa-2017#45")]
    // A loan not repaid, told in few words: the article on the conditions of a suit leads a debt answer.
    [InlineData("去年借给老同学两万块，催了几次都说没钱", "minshi-susong-fa-2023#122")]
    // Session 18, short messages naming a part of the matter. Pushed over by an auxiliary police officer, compensation asked:
    // the article on officials' beating, also in the state-compensation guide.
    [InlineData("去派出所问个情况，被一个辅警推倒在地上还踢了两脚，国家赔偿能要吗", "guojia-peichang-fa-2012#3")]
    // Held by the police, then told it was the wrong person: the article on unlawful detention by an administrative organ.
    [InlineData("公安把我关了五天，后来说搞错人了，这国家赔偿怎么要", "guojia-peichang-fa-2012#3")]
    // A judgment called unfair, the judge taking sides: the article on applying for a retrial.
    [InlineData("那个法官明显偏袒被告，判的结果我不服", "minshi-susong-fa-2023#210")]
    // A relative's money taken in enforcement of someone else's debt: the articles on objecting to enforcement.
    [InlineData("法院执行的时候把我媳妇的工资卡冻结了，欠钱的又不是她", "minshi-susong-fa-2023#238")]
    // An assigned legal-aid lawyer who ignores the client: the article on complaining and asking for another.
    [InlineData("法律援助给我安排的律师根本不理我", "falv-yuanzhu-fa-2021#55")]
    // Asking whether labour arbitration costs money: the article on arbitration being free.
    [InlineData("被开除了想去申请劳动仲裁，要交钱吗", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#53")]
    // Officials withholding 低保 money, reported: the article on withholding assistance funds.
    [InlineData("举报村支书，他把我们几户的低保金截留了好几个月", "shehui-jiuzhu-zanxing-banfa-2019#67")]
    // An expropriation said to serve a developer, not the public: the article on the public-interest purposes.
    [InlineData("旧城改造征收我们那片，其实是给开发商建商业综合体，根本不是公共利益", "guoyou-tudi-fangwu-zhengshou-buchang-tiaoli-2011#8")]
    // A signed compensation agreement not carried out: the article on suing over the agreement.
    [InlineData("补偿协议签了快一年，说好的回迁房他们到现在都不兑现", "guoyou-tudi-fangwu-zhengshou-buchang-tiaoli-2011#25")]
    // Asking to see the documents of an expropriation: the article on applying for government information.
    [InlineData("房屋征收的立项批文想要一份，该找谁申请", "zhengfu-xinxi-gongkai-tiaoli-2019#27")]
    // Land compensation held by the village and its sharing kept secret: the article on publishing its receipts and spending.
    [InlineData("征地的钱到了村里，村委扣着不发，也不说怎么分", "tudi-guanli-fa-2019#49")]
    // A petition office refusing to register: the article on the office's duty to register.
    [InlineData("信访办的人看都不看就说不给登记", "xinfang-gongzuo-tiaoli-2022#22")]
    // A hospital bill with items never given (the public-services answer, 12345): the article on the hospital's complaint office.
    [InlineData("住院结账发现费用清单上有两次没做过的检查，医院收费处也不管", "yiliao-jiufen-yufang-chuli-tiaoli-2018#18")]
    // A judgment the writer wants to take to a petition office: beside the separation of litigation and petitions, the
    // article on applying for a retrial that the procedure gives.
    [InlineData("官司判了我不服，打算去找政法委反映，管用吗", "minshi-susong-fa-2023#210")]
    public void Answer_MessageAskingAboutOneStep_CitesTheArticleGoverningItAmongTheFirstThree(string message, string article)
    {
        var answer = fixture.Ask(message);

        var laws = answer.Citations.Where(c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains(article, laws);
    }

    [Fact]
    public void Parse_LeadNamingAnArticleTheGuideDoesNotCite_IsAnError()
    {
        var raw = TempKnowledge.Guide("leads", extra: "leads:\n  - when: [复查]\n    cites: [test-law#3]");

        var (file, errors) = KnowledgeFileParser.Parse("guides/leads.md", raw);

        Assert.Null(file);
        Assert.Contains(errors, e => e.Message.Contains("test-law#3", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LeadWordWrittenInPartsWithAnEmptyPart_IsAnError()
    {
        var raw = TempKnowledge.Guide("leads", extra: "leads:\n  - when: [\"断|…水\"]\n    cites: [test-law#2]");

        var (file, errors) = KnowledgeFileParser.Parse("guides/leads.md", raw);

        Assert.Null(file);
        Assert.Contains(errors, e => e.Message.Contains("断|…水", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Leads_AreReadWithTheirWordsAndArticles()
    {
        var raw = TempKnowledge.Guide("leads", extra: "leads:\n  - when: [复查, 不服]\n    cites: [test-law#2]");

        var (file, errors) = KnowledgeFileParser.Parse("guides/leads.md", raw);

        Assert.Empty(errors);
        var lead = Assert.Single(file!.Entries.Single().Leads);
        Assert.Equal(["复查", "不服"], lead.When);
        Assert.Equal(["test-law#2"], lead.Cites);
    }
}
