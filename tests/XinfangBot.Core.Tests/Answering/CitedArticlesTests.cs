using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// An answer cites what it quotes and relies on (DESIGN, answer anatomy), not every article its guide lists: the leading
/// articles, and beyond them only articles a shown line names or whose period a shown line states.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class CitedArticlesTests(EngineFixture fixture)
{
    private KnowledgeBase Kb => fixture.Knowledge.Current;

    [Fact]
    public void Answer_GuideListingManyArticles_CitesTheLeadingOnesAndWhatTheLinesRelyOn()
    {
        var topic = Kb.Get("guide/property-management")!;

        var answer = fixture.Ask("小区连着停水四天物业连个通知都不贴，物业费一分不少收，我们业主能去哪里投诉物业");

        Assert.Equal(topic.Id, answer.TopicId);
        var laws = answer.Citations.Where(c => Kb.Get(c)?.Kind == EntryKind.Law).ToList();
        Assert.True(laws.Count * 2 < topic.Cites.Count, $"{laws.Count} of {topic.Cites.Count} articles cited");
        Assert.Empty(answer.ValidationIssues);
        // Every article a shown line names is cited, and every quoted article is cited.
        var shown = answer.Sections.Where(s => s.Kind != SectionKind.Basis).SelectMany(s => s.Lines);
        Assert.All(CitedLines.NamedIn(shown, topic, Kb), id => Assert.Contains(id, laws));
        var basis = answer.Sections.Single(s => s.Kind == SectionKind.Basis);
        Assert.All(basis.Lines, line => Assert.Contains(laws, id => line.StartsWith(Kb.Get(id)!.Title + "：", StringComparison.Ordinal)));
        Assert.Equal(topic.Id, answer.Citations[^1]);
    }
}
