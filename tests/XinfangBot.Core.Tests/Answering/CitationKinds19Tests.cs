using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>Kinds of message whose governing article was cited too late, found in session 19 (issue 9's citation hit@3).
/// The messages are written for these tests; none is taken from an evaluation set or a probe.</summary>
[Collection(EngineGroup.Name)]
public sealed class CitationKinds19Tests(EngineFixture fixture)
{
    [Theory]
    // A demolition a court found illegal, its losses claimed: the state compensation articles, ahead of suing again.
    [InlineData("村委会扒了我家的仓库，打官司法院判决确认违法了，里面的粮食农机都没了，现在这损失向谁要", "guojia-peichang-fa-2012#4")]
    // A criminal sentence thought too heavy: the courts' own procedures (信访工作条例第三十一条第一项), not the civil procedure law.
    [InlineData("我侄子打架被判了一年零八个月，家里人都觉得量刑偏重", "xinfang-gongzuo-tiaoli-2022#31")]
    // An insurer refusing a claim: the article on the ways a consumer dispute is settled.
    [InlineData("买的意外险，骑车摔断腿了，保险公司说不在条款里拒绝赔付", "xiaofeizhe-quanyi-baohu-fa-2013#39")]
    // A recognised work injury whose benefits are claimed at arbitration, its time limit asked: the one-year limitation.
    [InlineData("工伤早就认定了，厂里一直不给一次性补助金，我去劳动仲裁的话时效是多久", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#27")]
    // Dismissed by a company seated in another city, asking where to apply: the article on the arbitration committee's seat.
    [InlineData("公司总部在深圳，我在东莞上班被辞退了，去哪申请仲裁", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#21")]
    // 还可以找谁 asks where to go next, not about a period: the ways to settle the dispute, not the seven days of returns.
    [InlineData("在网店买的鞋子鞋底开胶了卖家不理，我还可以找谁", "xiaofeizhe-quanyi-baohu-fa-2013#39")]
    public void Answer_CitesTheGoverningArticleAmongTheFirstThree(string message, string article)
    {
        var answer = fixture.Ask(message);

        var laws = answer.Citations.Where(c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains(article, laws);
    }

    /// <summary>Food sold past its date is a consumer's complaint, not a question about a period: the answer leads with
    /// what to do and the ways to settle it, not with the seven days of returning goods.</summary>
    [Fact]
    public void ExpiredGoods_AreNoTimeQuestion()
    {
        var answer = fixture.Ask("超市卖给我的酸奶是过期的，找商家要赔偿不给");

        var kinds = answer.Sections.Select(s => s.Kind).ToList();
        Assert.True(kinds.IndexOf(SectionKind.Steps) < kinds.IndexOf(SectionKind.Deadline));
        Assert.Contains("xiaofeizhe-quanyi-baohu-fa-2013#39", answer.Citations.Take(3));
    }

    /// <summary>A school's fees are complained of to the authority over the school: the guide's line on a hospital's fees
    /// (its 收费 word) no longer puts 医疗纠纷预防和处理条例 first.</summary>
    [Fact]
    public void SchoolFees_LeadWithTheComplaint()
    {
        var answer = fixture.Ask("学校让每个家长交三百块资料费，不交就不给发书");

        Assert.Equal("xinfang-gongzuo-tiaoli-2022#17", answer.Citations[0]);
    }
}
