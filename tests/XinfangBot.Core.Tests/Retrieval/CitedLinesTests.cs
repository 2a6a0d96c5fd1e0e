using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Retrieval;

[Collection(EngineGroup.Name)]
public sealed class CitedLinesTests(EngineFixture fixture)
{
    private KnowledgeBase Kb => fixture.Knowledge.Current;

    [Fact]
    public void Voted_QuestionWordsOnOneLine_ThatLinesArticlesOfTheCitedLaw()
    {
        var topic = Kb.Get("guide/property-management")!;

        var voted = CitedLines.Voted(topic, ["专项维修资金", "电梯"], Kb, maxLines: 2);

        Assert.Contains("wuye-guanli-tiaoli-2018#53", voted);
        Assert.Contains("wuye-guanli-tiaoli-2018#60", voted);
        Assert.All(voted, id => Assert.Contains(id, topic.Cites));
    }

    [Fact]
    public void Voted_NoLineSharesAWord_Nothing()
    {
        var topic = Kb.Get("guide/property-management")!;

        Assert.Empty(CitedLines.Voted(topic, ["宅基地", "仲裁"], Kb, maxLines: 2));
    }

    [Fact]
    public void Voted_SingleCharacterTermsOnly_Nothing()
    {
        var topic = Kb.Get("guide/state-compensation")!;

        Assert.Empty(CitedLines.Voted(topic, ["赔", "钱"], Kb, maxLines: 2));
    }
}
