using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Tests.Understanding;

/// <summary>
/// Which of a topic's many articles of one law a message points at (ArticleEvidence), and how the answer orders its
/// citations with it: the leading article first, then the articles the message singles out, quoted in that order.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class ArticleEvidenceTests(EngineFixture fixture)
{
    private KnowledgeBase Kb => fixture.Knowledge.Current;

    [Fact]
    public void Score_WordsOnlyOneArticleHolds_ThatArticleScoresHighest()
    {
        var topic = Kb.Get("guide/property-management")!;
        var terms = Kb.Index.QueryTerms("老物业合同终止了，不肯交还物业管理用房");

        var scores = ArticleEvidence.Score(topic, terms, Kb, minChars: 2, lengthNorm: 0.75);

        var best = scores.MaxBy(s => s.Value).Key;
        Assert.Contains(best, new[] { "wuye-guanli-tiaoli-2018#38", "wuye-guanli-tiaoli-2018#37" });
        Assert.All(scores.Keys, id => Assert.Contains(id, topic.Cites));
    }

    [Fact]
    public void Score_NoWordOfTheMessageInAnyArticle_AllZero()
    {
        var topic = Kb.Get("guide/property-management")!;

        var scores = ArticleEvidence.Score(topic, ["宅基地", "仲裁委"], Kb, minChars: 2, lengthNorm: 0.75);

        Assert.All(scores.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Answer_ManyArticlesOfOneLaw_TheOneTheMessageNamesIsCitedAndQuotedInTheFirstThree()
    {
        var answer = fixture.Ask("物业公司被业主大会解聘了，老物业就是不搬走，物业用房和图纸资料都不交出来，这怎么办");

        var laws = answer.Citations.Where(c => Kb.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Equal("guide/property-management", answer.TopicId);
        // The channel's governing article (complaints to the housing authority) keeps the lead.
        Assert.Equal("wuye-guanli-tiaoli-2018#48", laws[0]);
        Assert.Contains("wuye-guanli-tiaoli-2018#38", laws);
        // Quotes shown first are cited first.
        var basis = answer.Sections.Single(s => s.Kind == SectionKind.Basis);
        for (var i = 0; i < laws.Count; i++)
        {
            Assert.StartsWith(Kb.Get(laws[i])!.Title + "：", basis.Lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Answer_FewArticlesOfEachLaw_StaffOrderKept()
    {
        // 欠薪: the guide cites few articles of each law, so the staff's order (投诉 to labour inspection first) stands.
        var answer = fixture.Ask("老板拖了我三个月工资不给，我想去投诉他");

        Assert.Equal("laodong-baozhang-jiancha-tiaoli-2004#9", answer.Citations[0]);
    }
}
