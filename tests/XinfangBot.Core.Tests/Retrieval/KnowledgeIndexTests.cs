using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Retrieval;

[Collection(EngineGroup.Name)]
public sealed class KnowledgeIndexTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("包工头跑了，工钱找谁要", "guide/unpaid-wages")]
    [InlineData("房子半夜被推了，连个通知都没有", "guide/forced-demolition")]
    [InlineData("对信访处理意见不服还能找谁", "faq/fucha-review")]
    [InlineData("低保被取消了想申请临时救助", "guide/social-assistance")]
    public void Search_ColloquialQuestion_FindsTheGoverningEntryInTopThree(string query, string expected)
    {
        var normalized = fixture.Rules.Normalizer.Normalize(query).Text;
        var hits = fixture.Knowledge.Current.Index.Search(normalized, 3);
        Assert.Contains(hits, h => h.Id == expected);
    }

    [Fact]
    public void Search_Laws_ReturnsOnlyArticlesWithScores()
    {
        var hits = fixture.Knowledge.Current.Index.Search("复查 书面答复 30日", 5, EntryKind.Law);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(EntryKind.Law, h.Kind));
        Assert.Contains(hits, h => h.Id == "xinfang-gongzuo-tiaoli-2022#35");
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_EmptyOrStopWordsOnly_ReturnsNothing()
    {
        Assert.Empty(fixture.Knowledge.Current.Index.Search("", 5));
        Assert.Empty(fixture.Knowledge.Current.Index.Search("的了吗呢", 5));
    }

    [Fact]
    public void Build_WithCacheFolder_ReusesTheIndexUntilTheKnowledgeChanges()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "index-" + Guid.NewGuid().ToString("N"));
        var entries = fixture.Knowledge.Current.Entries.Where(e => e.Kind != EntryKind.Law || e.LawSlug == "xinfang-gongzuo-tiaoli-2022").ToList();
        try
        {
            using (var first = KnowledgeIndex.Build(entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords, folder))
            {
                Assert.Equal(entries.Count, first.Count);
            }

            var built = Directory.GetDirectories(folder).Single();
            using (var again = KnowledgeIndex.Build(entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords, folder))
            {
                Assert.Equal(built, Directory.GetDirectories(folder).Single());
                Assert.NotEmpty(again.Search("复查", 3));
            }

            var changed = entries.Select(e => e.Id == "faq/hearing" ? e with { Summary = e.Summary + "（已修改）" } : e).ToList();
            using var rebuilt = KnowledgeIndex.Build(changed, fixture.Rules.Vocabulary, fixture.Rules.StopWords, folder);
            Assert.Contains(Directory.GetDirectories(folder), d => d != built);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Search_TermsNoDocumentHolds_ChangeNeitherHitsNorScores()
    {
        // Query terms absent from a field add no clause; this holds only while the similarity ignores coordination
        // (BM25). Were it changed, absent terms would lower scores and this test fails.
        var index = fixture.Knowledge.Current.Index;
        foreach (var kind in new string?[] { null, EntryKind.Law })
        {
            var plain = index.Search("复查 书面答复 30日 工资", 10, kind);
            var padded = index.Search("复查 书面答复 30日 工资 7319846205 8264019375", 10, kind);
            Assert.NotEmpty(plain);
            Assert.Equal(plain, padded);
        }
    }

    [Fact]
    public void Search_OnAnIndexThatRemembersLookUps_SameHitsAndScoresAsAFreshIndex()
    {
        var queries = new[] { "包工头跑了，工钱找谁要", "房子半夜被推了，连个通知都没有", "对信访处理意见不服还能找谁", "复查 书面答复 30日" }
            .Select(q => fixture.Rules.Normalizer.Normalize(q).Text).ToList();
        var warm = fixture.Knowledge.Current.Index;
        foreach (var q in queries)
        {
            warm.Search(q, 40);
            warm.Search(q, 30, EntryKind.Law);
        }

        using var fresh = KnowledgeIndex.Build(fixture.Knowledge.Current.Entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords);
        foreach (var q in queries)
        {
            Assert.Equal(fresh.Search(q, 40), warm.Search(q, 40));
            Assert.Equal(fresh.Search(q, 30, EntryKind.Law), warm.Search(q, 30, EntryKind.Law));
            var ids = fresh.Search(q, 5, EntryKind.Law).Select(h => h.Id).ToList();
            Assert.Equal(fresh.ScoreLaws(q, ids), warm.ScoreLaws(q, ids));
        }
    }

    [Fact]
    public void Build_FromCacheFolder_SameHitsAndScoresAsAnIndexBuiltInMemory()
    {
        // The cached index is read into memory on opening; it must search exactly like the index it was written from.
        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "index-" + Guid.NewGuid().ToString("N"));
        var entries = fixture.Knowledge.Current.Entries.Where(e => e.Kind != EntryKind.Law || e.LawSlug == "xinfang-gongzuo-tiaoli-2022").ToList();
        var queries = new[] { "对信访处理意见不服还能找谁", "复查 书面答复 30日", "包工头跑了，工钱找谁要" }
            .Select(q => fixture.Rules.Normalizer.Normalize(q).Text).ToList();
        try
        {
            using (KnowledgeIndex.Build(entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords, folder))
            {
                // Written to the folder.
            }

            using var cached = KnowledgeIndex.Build(entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords, folder);
            using var inMemory = KnowledgeIndex.Build(entries, fixture.Rules.Vocabulary, fixture.Rules.StopWords);
            foreach (var q in queries)
            {
                Assert.Equal(inMemory.Search(q, 40), cached.Search(q, 40));
                Assert.Equal(inMemory.Search(q, 30, EntryKind.Law), cached.Search(q, 30, EntryKind.Law));
                var ids = inMemory.Search(q, 5, EntryKind.Law).Select(h => h.Id).ToList();
                Assert.NotEmpty(ids);
                Assert.Equal(inMemory.ScoreLaws(q, ids), cached.ScoreLaws(q, ids));
                // An id no article holds scores nothing and changes no other score.
                Assert.Equal(inMemory.ScoreLaws(q, ids), cached.ScoreLaws(q, [.. ids, "no-such-law#1"]));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Vocabulary_Synonyms_AddTheCanonicalTerm() =>
        Assert.Contains("拖欠工资", fixture.Rules.Vocabulary.CanonicalTerms("老板一直欠薪"));
}
