using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// A guide's <c>situations</c> keep a step that serves one situation of the matter out of answers that do not name it
/// (a leaking ceiling is not told how 宅基地 boundaries are settled) and in the answers that do. The messages are written
/// for these tests.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class StepSituationsTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("隔壁盖房把院墙往我家这边挪了一米，占了我的宅基地", "guide/neighbour-family", "宅基地等土地的使用权归谁")]
    [InlineData("健身房收了我三千块年卡费，上个月突然关门了", "guide/consumer", "预付卡商家不按约定提供服务")]
    [InlineData("在超市门口台阶上滑了一跤摔断了手腕，超市说不关它的事", "guide/personal-injury", "经营者没有尽到安全保障义务")]
    [InlineData("在工地上扎钢筋干了半年，包工头一分钱没给", "guide/unpaid-wages", "工地上被包工头（个人）欠薪的")]
    [InlineData("我妈在县医院做完手术第二天人就没了，我们怀疑是医疗事故", "guide/medical-dispute", "患者死亡、对死因有异议的")]
    [InlineData("在厂里被机器轧伤了手，厂里根本没给我们交工伤保险", "guide/work-injury", "单位该给你参加工伤保险却没参加的")]
    public void Answer_MessageNamingTheSituation_ShowsItsStep(string message, string topic, string step)
    {
        var answer = fixture.Ask(message);

        Assert.Equal(topic, answer.TopicId);
        Assert.Contains(step, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("楼上洗衣机漏水把我家吊顶泡坏了，他家不管", "guide/neighbour-family", "宅基地等土地的使用权归谁")]
    [InlineData("买的电饭煲用了一周就坏了，店家不给换", "guide/consumer", "预付卡商家不按约定提供服务")]
    [InlineData("被邻居家孩子骑自行车撞伤了腿，家长不肯出医药费", "guide/personal-injury", "经营者没有尽到安全保障义务")]
    [InlineData("公司三个月没发工资了，人事说等年后再说", "guide/unpaid-wages", "工地上被包工头（个人）欠薪的")]
    [InlineData("做完胆囊手术伤口一直感染，医院说是正常情况", "guide/medical-dispute", "患者死亡、对死因有异议的")]
    [InlineData("下班路上被电动车撞了，人社局认定不是工伤", "guide/work-injury", "单位该给你参加工伤保险却没参加的")]
    public void Answer_MessageNotNamingTheSituation_LeavesItsStepOut(string message, string topic, string step)
    {
        var answer = fixture.Ask(message);

        Assert.Equal(topic, answer.TopicId);
        Assert.DoesNotContain(step, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedGuides_EverySituation_NamesAStepOfTheGuide()
    {
        var guides = fixture.Knowledge.Current.Entries.Where(e => e.Situations.Count > 0).ToList();

        Assert.NotEmpty(guides);
        foreach (var guide in guides)
        {
            var steps = BodySections.Parse(guide.Text).GetValueOrDefault(fixture.Rules.Composing.StepsSection) ?? [];
            Assert.All(guide.Situations, s => Assert.InRange(s.Step, 1, steps.Count));
        }
    }

    [Fact]
    public void Parse_Situations_AreReadWithTheirStepAndWords()
    {
        var raw = TempKnowledge.Guide("situations", extra: "situations:\n  - step: 1\n    when: [宅基地, \"占…地\"]");

        var (file, errors) = KnowledgeFileParser.Parse("guides/situations.md", raw);

        Assert.Empty(errors);
        var situation = Assert.Single(file!.Entries.Single().Situations);
        Assert.Equal(1, situation.Step);
        Assert.Equal(["宅基地", "占…地"], situation.When);
    }

    [Theory]
    [InlineData("situations:\n  - step: 0\n    when: [宅基地]")]
    [InlineData("situations:\n  - step: 1\n    when: []")]
    public void Parse_SituationWithoutAStepOrWords_IsAnError(string extra)
    {
        var raw = TempKnowledge.Guide("situations", extra: extra);

        var (file, errors) = KnowledgeFileParser.Parse("guides/situations.md", raw);

        Assert.Null(file);
        Assert.Contains(errors, e => e.Message.Contains("situations", StringComparison.Ordinal));
    }
}
