using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// Kinds of grievance and the first channel the knowledge's rules give them (routing.yaml, keywords, scope words).
/// The sentences are written for these tests, one situation each; they are no evaluation item's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class KindRoutingTests(EngineFixture fixture)
{
    [Theory]
    // Complaints about how the police handled a report: 涉法涉诉 procedures, not a new report to the police.
    [InlineData("我被人骗了钱去报案，民警说这是借贷纠纷让我自己去法院起诉", "judicial-remedy")]
    [InlineData("这两个月燃气费贵得离谱，比去年同期多了一倍", "consumer-complaint")]
    [InlineData("暖气费算错了，多扣了我三百", "consumer-complaint")]
    [InlineData("干了不到一个月，试用期说开就开，工资也不结", "labor-arbitration")]
    [InlineData("上个月去派出所报案说家里被盗，之后一直没人管，打电话也没动静", "judicial-remedy")]
    [InlineData("派出所给我做的笔录跟我讲的对不上，还要我按手印", "judicial-remedy")]
    // Crimes of kinds the guide did not name (gambling dens, defamation, impersonation, an assault with a tool,
    // a theft by someone named, indecency): report to the police.
    [InlineData("小区地下室有人聚众赌博，半夜进进出出", "police")]
    [InlineData("有人冒充我儿子的班主任让我转学费，我打了三千过去", "police")]
    [InlineData("收废品的抄起木棍打我，胳膊肿了", "police")]
    [InlineData("同宿舍的人偷了我放在柜子里的两千块现金", "police")]
    [InlineData("公交车上有个男的对我动手动脚", "police")]
    // Words of other matters that once implied a labour dispute: a shop that vanished, a private IOU.
    [InlineData("小区门口那家健身房跑路了，我办的三千块年卡没法退", "consumer-complaint")]
    // A card or course bought in advance whose seller is gone, told without a shop's name (老板跑路了 is no wage word here).
    [InlineData("在小区的游泳馆充了两千块的次卡，才游了三次老板就跑路了", "consumer-complaint")]
    [InlineData("借给表弟八万，他打了欠条，现在说没钱", "civil-litigation")]
    // Officials' misconduct: public money spent on oneself, a payment asked for to do one's job, allowances held back.
    [InlineData("所长拿公款请客吃饭，还让单位报销他家的油费", "discipline-inspection")]
    [InlineData("去镇上盖个章，不给跑腿费就一直卡着不盖章", "discipline-inspection")]
    [InlineData("村里把上面发的危房改造补助扣着不发，说先抵水费", "discipline-inspection")]
    [InlineData("组长把我们的种粮补贴装进自己腰包了", "discipline-inspection")]
    [InlineData("厂办主任把上面发给困难职工的慰问金留给了自己", "discipline-inspection")]
    [InlineData("去不动产中心过户，窗口的人暗示要塞两千块才给办", "discipline-inspection")]
    [InlineData("水利站站长把修渠的款子拿去给自己家盖了楼", "discipline-inspection")]
    [InlineData("班主任让家长都去她爱人开的店里报补习班，不报就排座位在最后", "discipline-inspection")]
    [InlineData("街道主任把拆迁的专项资金转到他老婆的账户上", "discipline-inspection")]
    [InlineData("镇长把村里修桥的工程包给了他侄子", "discipline-inspection")]
    // The same told with the official after the verb (承包给了校长的小舅子): not a land contract found by 承包.
    [InlineData("镇中心小学的食堂承包给了校长的小舅子，孩子们天天吃不饱", "discipline-inspection")]
    // An off-topic word (炒股) does not make a kind of grievance a rule names off-topic.
    [InlineData("水务站站长把公款转到自己卡上拿去炒股了，这事找谁", "discipline-inspection")]
    [InlineData("派出所把打架定成互殴，把我也罚了，明明对方先动手", "administrative-reconsideration")]
    [InlineData("民警把这次打架定成互殴，把我也罚了，我根本没还手", "administrative-reconsideration")]
    // Administrative detention told without the word (关了十五天): an organ's decision, 行政复议 first.
    [InlineData("派出所说我打人，把我关了十二天，我觉得处理得不公", "administrative-reconsideration")]
    [InlineData("我向检察院提交了控告材料，三个月了没有回复", "judicial-remedy")]
    // A disclosure request refused or left unanswered: 行政复议 first (行政复议法第二十三条), not another request.
    [InlineData("向住建局提了信息公开申请要看旧改的立项文件，他们回复说不予公开", "administrative-reconsideration")]
    [InlineData("我申请公开征地补偿的发放明细，过了两个月也没有答复", "administrative-reconsideration")]
    [InlineData("自然资源局那份土地的批复能不能给我们看一下", "information-disclosure")]
    // A place named 小区 is not yet a property-management matter: an injury there is a personal-injury claim.
    [InlineData("我家老人在小区里被骑电动车的小孩撞倒了，腿骨折", "mediation")]
    // Noise from the flat upstairs at night, told without the word 噪音.
    [InlineData("楼上每天晚上十二点还在跺脚蹦跶，敲门说了也不改", "hotline-12345")]
    // An organ that will not process the citizen's own application (a pension, a permit): an administrative act.
    [InlineData("人社局不给我办退休手续，说我的档案年龄对不上", "administrative-reconsideration")]
    // Savings taken by a scheme that vanished (illegal fund-raising, pyramid selling): a crime, not unpaid wages.
    [InlineData("亲戚拉我入股一个养殖项目，说每月返利，交了五万，现在负责人失联了", "police")]
    // Hurt by someone and asking who pays the hospital bill: the hospital is where the writer was treated, not the
    // other side; the compensation is a civil claim (mediation, a suit), not a new report to the police.
    [InlineData("在菜市场被隔壁摊主打了，在医院住了五天，医药费他躲着不给，咋办", "civil-litigation")]
    // A driving licence taken for drink-driving, contested without naming the traffic police: an administrative penalty
    // (行政复议 first), not an off-topic message.
    [InlineData("晚上查酒驾说我超标了，驾照被扣三个月，我不服", "administrative-reconsideration")]
    // A pension the social insurance agency pays, cut without a word: the agency's decision (行政复议 first), no employer in it.
    [InlineData("我妈的退休金这几个月每月少发了两百多，社保局电话里也讲不清", "administrative-reconsideration")]
    // A nanny a household hired itself, not paid: a family is no employer under the labour law — a civil claim.
    [InlineData("我在一户人家当了一年住家保姆，辞工的时候东家扣着最后两个月的工钱不给", "civil-litigation")]
    // Hurt at work by a cut or a strain (割伤, 闪了腰), not only by a fall or a blow: a work injury, not a private injury claim.
    [InlineData("在车间干活手被铁皮割伤缝了针，厂里说自己不小心不管", "labor-arbitration")]
    // A hit-and-run: the driver who fled is for the police (it was answered as off-topic).
    [InlineData("下班骑电瓶车被一辆面包车撞了，司机下车看了一眼就开走了", "police")]
    // Someone else threatens the writer's life or body: the police protect the one threatened.
    [InlineData("村里一个混混因为地界的事放话要砍死我，我晚上都不敢出门", "police")]
    [InlineData("网上认识的人发信息说知道我家住哪，要找人弄死我", "police")]
    // A child beaten or extorted by other pupils: the police first (no education law is on file).
    [InlineData("儿子在学校被几个同学抢了零花钱还被打了一顿", "police")]
    // A gift handed to an official before a service is done (送两瓶酒就给批), or nothing done without one: 纪检监察.
    [InlineData("办个准生证，管事的干部说送两瓶酒就给批", "discipline-inspection")]
    [InlineData("村里评贫困户，不送的根本评不上，评上的都是村干部的熟人", "discipline-inspection")]
    // Money or goods asked for under a pretext with a penalty threatened, a public fund spent on the official's family:
    // misconduct (纪检监察), not an organ's decision to contest by 行政复议.
    [InlineData("城管的人借着整治市容的由头，找我们摆摊的要烟要酒，不给就说要没收", "discipline-inspection")]
    [InlineData("镇卫生院的院长用医保基金给他老婆报销药费", "discipline-inspection")]
    // Not accepting a 复议决定 (不服…复议结果) asks for the court: 行政诉讼 first (行政诉讼法第四十五条).
    [InlineData("区政府维持了罚款，我不服这个复议结果，还能怎么办？", "administrative-litigation")]
    // A social insurance agency's decision on the citizen's own benefits (a pension computed, clawed back): 行政复议 first,
    // not the employer's contributions (劳动保障监察).
    [InlineData("社保中心给我核的养老金少算了六年工龄，窗口说就这样了", "administrative-reconsideration")]
    [InlineData("社保局说我多领了养老金，要从下个月起扣回两万", "administrative-reconsideration")]
    // 申诉 as the everyday word for contesting an organ's decision, no court or criminal case named: 行政复议 first.
    [InlineData("城管说我占道经营罚了五百，我想申诉", "administrative-reconsideration")]
    [InlineData("市场监管局吊销了我的营业执照，这个怎么申诉", "administrative-reconsideration")]
    // Part of an allowance kept back as a "fee", an officer paid to look away: 纪检监察, not an organ's decision.
    [InlineData("镇上发的抚恤金被民政助理扣了一半，说是要交工作经费", "discipline-inspection")]
    [InlineData("路口的辅警收了钱就放那些超载的车过去", "discipline-inspection")]
    [InlineData("市场管理所的队长说交了钱的就可以在门口摆摊", "discipline-inspection")]
    // A former partner or their family threatening, stalking or harassing the writer: the police first, not mediation.
    [InlineData("前女友天天在我公司楼下蹲我，还在网上骚扰我家里人", "police")]
    [InlineData("前妻的弟弟带了几个人到我店里砸东西，说不把车给她就天天来闹", "police")]
    // Gambling organised by someone, money paid into a platform that cannot be withdrawn: the police, also when a family
    // member is named without any violence of theirs.
    [InlineData("隔壁楼有个人组织赌博，我老公天天去输钱", "police")]
    [InlineData("网上认识的人拉我在一个平台上投资，充了三万现在提不出来了", "police")]
    [InlineData("管菜市场的所长叫摊主每月交两百，交了的就能摆到路边", "discipline-inspection")]
    // A report that has gone nowhere for months (没抓到), a criminal case left hanging after 取保候审: 涉法涉诉 procedures.
    [InlineData("我家被盗报案都快一年了，小偷一直没抓到，派出所也不说怎么回事", "judicial-remedy")]
    [InlineData("我丈夫被刑事拘留后取保候审回家了，过了一年多案子也没个说法", "judicial-remedy")]
    // What the police told the one who reported (互殴, settle it yourselves, not enough evidence) and a lawyer kept from
    // a detained client: complaints about police handling (涉法涉诉), not a new report to 110 or legal aid.
    [InlineData("我报警说被人打了，民警来了说我们这算互殴，叫我们自己调解", "judicial-remedy")]
    // The officer taking the other side's part, told in everyday words (拉偏架, 向着打人的那家): a complaint about the handling.
    [InlineData("报警后来的民警一直拉偏架，向着打人的那家", "judicial-remedy")]
    [InlineData("去派出所报案说被人勒索，警察说证据不够让我自己先去收集证据", "judicial-remedy")]
    [InlineData("我哥被刑拘一个多月了，请的律师去看守所几次都见不到人", "judicial-remedy")]
    // Compensation for harm done while held, or for property seized in a case later dropped: 国家赔偿.
    [InlineData("我在拘留所关着的时候被管教打伤了耳朵，出来以后能找他们赔偿吗", "state-compensation")]
    [InlineData("派出所扣了我的三轮车说要调查，后来撤案了车也坏了，能让国家赔吗", "state-compensation")]
    // An office car used privately, a sum that gets a benefit granted, staff pushed to buy from an official's relative.
    [InlineData("局长周末开着单位的车带全家去水库钓鱼", "discipline-inspection")]
    [InlineData("评低保的时候村干部说塞给他一千块就能评上", "discipline-inspection")]
    // Hurt by a public facility and asking who pays: a personal-injury claim (mediation, then a civil suit), not 12345.
    [InlineData("村口的路灯杆被风吹倒砸伤了我爸的肩膀，找谁赔", "mediation")]
    [InlineData("小区里的井盖松了，我女儿踩上去掉进去腿缝了好几针，要找谁赔医药费", "mediation")]
    // An assault told with a longer description of who did it (被隔壁桌喝醉的客人打了): the police first.
    [InlineData("在烧烤摊吃饭被隔壁桌喝醉的客人打了", "police")]
    // Retaliation for a petition or a report: the one who retaliates is reported (纪检监察) before another petition.
    [InlineData("因为我在网上信访反映了学校乱收费，孩子的班主任就处处针对孩子，这算不算打击报复", "discipline-inspection")]
    // Other refusals of a disclosure request (信息不存在, 内部信息, 不属于公开范围): 行政复议 first, not a new request.
    [InlineData("我向县自然资源局申请公开土地报批材料，他们答复说这个信息不存在", "administrative-reconsideration")]
    [InlineData("依申请公开了去年的拆迁补偿明细，街道说是内部信息不属于公开范围", "administrative-reconsideration")]
    // An employer changing or ending the employment (工龄不算了, 重新签合同): labour arbitration first; an insurer ending
    // its contract is no employer.
    [InlineData("厂子换了老板，新老板让大家重新签合同，说以前的工龄不算了", "labor-arbitration")]
    [InlineData("保险公司说我没如实告知，要解除合同不赔了", "consumer-complaint")]
    // Faked or intimate pictures of the writer spread about (合成了裸照, 不雅照): the police first.
    [InlineData("前同事把我的照片合成了裸照发到我们公司的群里", "police")]
    // 血汗钱 is anyone's hard-earned money, not a wage word: savings taken by a fraud go to the police.
    [InlineData("我的血汗钱被一个网上认识的人骗走了", "police")]
    // Money a cadre collected to pay in and kept (养老保险钱收了不给交): 纪检监察, not the employer-contributions guide.
    [InlineData("村里干部把我们的养老保险钱收了不给交，到现在查不到缴费记录", "discipline-inspection")]
    // An old person without a pension or income asking how to live: 社会救助 (特困供养, 低保; 社会救助暂行办法第十四条),
    // not the social insurance guide; an employer's unpaid contributions stay with it.
    [InlineData("老两口都快八十了，一辈子在村里种地，没有养老金，也没有别的收入，以后日子怎么过", "social-assistance")]
    [InlineData("我六十多岁了，单位一直没给交养老保险，现在退休没有养老金怎么办", "labor-inspection")]
    // What a petitioner may not do (banners, blocking a gate, staying at the reception): the answer points to the proper
    // petition route, so the petition channel is named (the FAQs named none).
    [InlineData("我们打算去县政府门口举牌子喊冤，这样算不算违法", "petition")]
    // A fee, a price or a bill paid (交了, 交的学费) is no employer's unpaid contribution: 交 alone does not find the social
    // insurance guide.
    [InlineData("自来水公司说我欠费把水停了，可我上个月刚交过", "hotline-12345")]
    [InlineData("驾校换了老板，说我之前交的学费不算数", "consumer-complaint")]
    // A work injury recognised in the writer's favour that the employer will not pay: a dispute over benefits, handled as a
    // labour dispute (工伤保险条例第五十四条) — arbitration, not 行政复议 against the recognition; a refusal to recognise stays.
    [InlineData("人社局给我认定了工伤，可老板一分钱都不肯赔", "labor-arbitration")]
    [InlineData("人社局不予认定工伤，我不服", "administrative-reconsideration")]
    // Hurt by someone who ran off or is unknown: nobody to mediate with or sue, the police first; an attacker who is known
    // and offers too little stays a civil claim.
    [InlineData("在夜市摆摊被人一酒瓶砸在头上缝了五针，打人的跑了不知道是谁", "police")]
    [InlineData("跟人吵架被他推倒摔断了手，打我的人说只肯出一千块医药费", "mediation")]
    // A title certificate a developer has not had issued years after the sale: a claim under the sale contract, not a
    // bank or labour matter found by search.
    [InlineData("买的商品房交房都四年了，开发商一直不给办房产证", "civil-litigation")]
    // A short message about a utility cut off (停电两天了) or a fracture in a road accident is a matter, not off-topic
    // chat: the public-services rule and the police answer.
    [InlineData("停电两天了", "hotline-12345")]
    [InlineData("家里没水三天了", "hotline-12345")]
    [InlineData("放学路上我儿子被电动车撞骨折了，骑车的人跑了", "police")]
    // An application for social assistance handed in long ago with no decision since: the organ's failure to act,
    // 行政复议 first (行政复议法第十一条第十二项); asking how to apply stays with the assistance itself.
    [InlineData("去年九月递的低保申请，街道收了材料就没下文了", "administrative-reconsideration")]
    [InlineData("我想申请低保，需要什么材料", "social-assistance")]
    // A payment asked for by the official handling an application (a 股长, the staff member 经办的人) before a service is
    // done, whatever the verb (才给签字, 才肯办): 纪检监察.
    [InlineData("办林权证的时候林业站的股长说差材料，后来托人传话说要三千块钱打点", "discipline-inspection")]
    [InlineData("去镇里开个证明，经办的人说得给点好处费才给签字", "discipline-inspection")]
    // Private parties on the other side and money asked (goods sold on credit, work done for a household, partners parting,
    // a used thing bought from a person, a scraped vehicle, a fall in someone's home): a civil claim, whatever labour word
    // (老板, 包工头, 工钱) the story holds.
    [InlineData("开饲料店的，养猪场老板赊了我三万多饲料钱一直不结", "civil-litigation")]
    [InlineData("帮表叔家翻修老房子，活干完半年了，剩下的一万二工钱他一直拖着不给", "civil-litigation")]
    [InlineData("和同学合伙开奶茶店，关店后他把剩下的设备卖了钱自己拿走了", "civil-litigation")]
    [InlineData("从一个老乡手里买了辆二手三轮车，骑了两天就坏了，他不认", "civil-litigation")]
    [InlineData("电动车停在楼下被一辆面包车蹭掉一块漆，司机不肯赔", "mediation")]
    [InlineData("去同学家玩，他家楼梯没有扶手，我妈滑倒摔骨折了，他家说不关他们的事", "mediation")]
    // A 包工头 who owes his workers their pay keeps the wage guide.
    [InlineData("包工头欠我们班组八个人的工钱，过年前说好给的又没给", "labor-inspection")]
    // An official's own conduct (collective property let to his in-laws, relief handed first to his own people, staff made
    // to pay for his family's feast, an applicant steered to a paid agent he names): 纪检监察. Retaliation feared after
    // reporting an official: the report's protection is the 纪检监察 organs' (条例第三十条), not another petition.
    [InlineData("村主任把村集体的鱼塘便宜承包给了他亲家", "discipline-inspection")]
    [InlineData("镇上发洪水后的救济粮，村会计先分给了自己的兄弟", "discipline-inspection")]
    [InlineData("处长说他儿子考上大学要办升学宴，科里每人都得交五百", "discipline-inspection")]
    [InlineData("去车管所办事，窗口的人让我找他指定的中介，交一千五才给过", "discipline-inspection")]
    [InlineData("向纪委举报了局长收回扣，最担心的是被他打击报复", "discipline-inspection")]
    // How a case was handled (evidence lost by the police, a procuratorate silent): 涉法涉诉 procedures; a penalty on the
    // writer himself: 行政复议; property broken by enforcement staff: 国家赔偿; the attacker penalised and the costs unpaid:
    // a civil claim, not a complaint about the police who penalised him.
    [InlineData("民警把我交的监控录像U盘弄丢了，案子现在查不下去", "judicial-remedy")]
    [InlineData("向检察院寄了材料反映办案问题，半年了石沉大海", "judicial-remedy")]
    [InlineData("派出所罚了我三百说我扰乱秩序，我不服", "administrative-reconsideration")]
    [InlineData("执法队拆招牌时把我店门口的玻璃砸烂了，要他们赔", "state-compensation")]
    [InlineData("跟人打架被打掉两颗牙，派出所拘留了对方，可医药费他一分不给", "civil-litigation")]
    // A work injury recognised and unpaid, or no injury insurance bought: arbitration (工伤保险条例第五十四条、第六十二条);
    // recognition refused by the 人社 department: 行政复议. A household hit by a disaster asking for help: 社会救助.
    // Spoiled food in a school canteen, a teacher making families buy from a shop he names: 12345. Harm told as the price
    // of a petition: retaliation (纪检监察 first). A share put into a friend's shop: a partnership claim. A teacher hitting
    // a pupil: the police first. Where a place's funds went, asked to see: 信息公开.
    [InlineData("人社局去年就给我定了工伤，鉴定了九级，公司到现在一分没给", "labor-arbitration")]
    [InlineData("在厂里被叉车压伤了脚，厂里从来没给我们买工伤保险，治疗费谁来出", "labor-arbitration")]
    [InlineData("人社局出了认定书，说我是在宿舍摔的不属于工伤，我不服", "administrative-reconsideration")]
    [InlineData("我家的房子被大火烧光了，村里和镇里能不能给点救助", "social-assistance")]
    [InlineData("学校食堂的饭菜馊了，孩子吃完都拉肚子", "hotline-12345")]
    [InlineData("班主任要求家长统一在指定的书店买教辅，每人两百多", "hotline-12345")]
    [InlineData("因为我老去乡里上访，有人把我家的鱼塘下了药毒死了一塘鱼", "discipline-inspection")]
    [InlineData("和表姐合伙入股开了个服装店，店关了她把剩下的货款都自己留着不退我", "civil-litigation")]
    [InlineData("美术老师拿尺子打了我女儿的手心，手都肿了", "police")]
    [InlineData("想知道镇上去年修水渠的资金花在哪了，能去哪查", "information-disclosure")]
    // Resident medical insurance refusing a reimbursement: the agency's decision, 行政复议 first (not a work injury).
    [InlineData("我妈住院花了两万，城乡居民医保说她没在本地备案，不给报销", "administrative-reconsideration")]
    // Debt collectors harassing the writer's colleagues or family: the police first, not the loan's consumer complaint.
    [InlineData("欠了网贷没按时还，催债的人天天发短信给我同事说我是老赖", "police")]
    // A petition's answer (处理意见, 答复) the writer does not accept, whatever the matter petitioned about: 复查 next.
    [InlineData("我通过信访反映菜市场半夜卸货吵人，区里给的答复意见说已经规范了，其实一点没变，我不认可", "petition")]
    // A hospital's bill disputed (charges for what was never given): a complaint through 12345, not a medical dispute.
    [InlineData("卫生院给我爸结算时把没吃过的药也算上了，多收了三百多", "hotline-12345")]
    // The housing provident fund (an employer not paying in, a withdrawal refused): 12345, not a bank or labour guide.
    [InlineData("想用公积金付首付，中心说我连续缴存不够不让提，我该找哪里问", "hotline-12345")]
    // Child support a court fixed that stopped being paid: the court enforces it, not mediation again.
    [InlineData("法院判决前妻每月出八百抚养费，她去年起就一分钱没出过", "civil-litigation")]
    // A neighbouring household filling the shared corridor with its things: between neighbours, mediation first.
    [InlineData("隔壁那户把旧沙发和纸箱全堆在楼梯间，进出都得侧着身子", "mediation")]
    // A record of questioning written wrong by the officer: a complaint about police handling (涉法涉诉).
    [InlineData("警察给我录口供的时候笔录记错了好几处，我签字前没看清", "judicial-remedy")]
    // Both sides of a fight fined by the police, the writer one of them: the penalty is contested by 行政复议.
    [InlineData("跟人吵架被推了一把，派出所来了说我们俩都有错，两个人都罚了五百", "administrative-reconsideration")]
    // A dog or cat bite and the rabies jab after it (打了狂犬疫苗 is no blow): a private injury claim, not a police report.
    [InlineData("去同学家玩被他家的狗咬了一口，打了狂犬疫苗，他家说狗平时不咬人", "mediation")]
    // A bill called outrageous, billed for more than was done (只做了一次), told beside a rude doctor: 12345 first.
    [InlineData("镇卫生院的账单上写了三次拍片，实际只做了一次，护士说话还特别冲", "hotline-12345")]
    // Suing one's children for support beside an application for assistance: no administrative suit first.
    [InlineData("我爷爷没有退休金想申请特困供养，两个儿子都不给赡养费，能去法院告他们吗", "social-assistance")]
    // A conviction quashed on retrial (改判无罪) and compensation asked: state compensation, not a report of the old crime.
    [InlineData("我哥前些年因为诈骗被判了五年，今年中院再审改判无罪，他想要赔偿", "state-compensation")]
    // Wages held back by the employer and called a fine: unpaid wages, not an organ's penalty.
    [InlineData("在超市做收银，主管说我少收了钱要罚款，直接从工资里扣了八百", "labor-inspection")]
    // A victim contesting the decision not to prosecute, compensation asked beside it: 涉法涉诉, not state compensation.
    [InlineData("我被邻居打成轻伤二级，检察院对他不起诉，说情节轻微，我不服，还想要他赔偿", "judicial-remedy")]
    // 申诉 about an organ's penalty, the court named only as where one might go (还是去法院): 行政复议 first.
    [InlineData("我跑网约车被交通执法支队罚了八千，有处罚决定书，想申诉，是找交通局还是去法院", "administrative-reconsideration")]
    // Asking to obtain a valuation report (拿到…看看): a disclosure request.
    [InlineData("房子划进征收范围了，想拿到评估报告原件看看，社区说不能给", "information-disclosure")]
    // A petition accepted long ago and nothing heard since (一点动静都没有): the petition's own periods.
    [InlineData("年初给县信访局寄了信反映修路占地的事，回执说受理了，之后一点动静都没有", "petition")]
    public void Answer_KindOfGrievance_GetsItsFirstChannel(string text, string channel)
    {
        var answer = fixture.Ask(text);
        Assert.True(answer.Channels.Count > 0 && answer.Channels[0] == channel, $"{text}: {string.Join(",", answer.Channels)} ({answer.TopicId})");
    }

    [Fact]
    public void Answer_HomesteadBoundaryDispute_NamesTheTownshipGovernmentAndItsArticle()
    {
        // Who holds a homestead and where its line runs is a land use-right dispute: 协商, then the township or county
        // government decides, then a court within 30 days (土地管理法第十四条) — not mediation and a civil suit alone.
        var answer = fixture.Ask("我家和堂弟家都说屋后那块宅基地是自己的，吵了好几年，这种地界争议归谁处理？");
        Assert.Contains("tudi-guanli-fa-2019#14", answer.Citations);
        Assert.Contains("乡级人民政府", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_SituationARuleRecognises_IsNotHeldBackAsUnsure()
    {
        // A utility cut told in four words: search alone finds little, the public-services rule knows the kind.
        var answer = fixture.Ask("楼里断电一整天了");
        Assert.Equal("hotline-12345", answer.Channels[0]);
        Assert.True(answer.Confidence >= 0.3, $"confidence {answer.Confidence}");
    }

    [Theory]
    // A second matter needs words of its own: "另外" before a sentence no guide's keywords name adds nothing.
    [InlineData("邻居家的树枝伸到我家院子里，叶子掉得满地都是。另外，他家的狗老是叫。", false)]
    // A rule that moves the answer (an official's relative given the work → 纪检监察) keeps the searched guide as a second
    // matter only when its own keywords are strong: 承包 alone is the rule's own situation, not a land dispute.
    [InlineData("学校校长把食堂承包给他弟弟，饭菜又贵又差，家长能去哪里告？", false)]
    // Two matters each with their own keywords are both named.
    [InlineData("老板拖欠我三个月工资不给。另外，我家房子被强拆了。", true)]
    public void Answer_SecondMatter_NamedOnlyWithItsOwnWords(string text, bool named)
    {
        var answer = fixture.Ask(text);
        Assert.Equal(named, answer.Text.Contains("你还提到了", StringComparison.Ordinal));
    }
}
