using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

public sealed class ArticleReferenceCheckerTests
{
    private static readonly Lazy<Dictionary<string, KnowledgeEntry>> Shipped = new(() =>
        KnowledgeFolderReader.Read(TestPaths.Knowledge).Entries.ToDictionary(e => e.Id, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, string>> Laws = new(() => Shipped.Value.Values
        .Where(e => e.Kind == EntryKind.Law)
        .GroupBy(e => e.LawTitle!.Trim('《', '》'))
        .ToDictionary(g => g.Key, g => g.First().LawSlug!));

    private static List<(int Line, string Message)> Check(string body, params string[] cites)
    {
        var raw = $"---\nid: faq/t\nkind: faq\ntitle: t\nsummary: t\ncites: [{string.Join(", ", cites)}]\nstatus: published\n---\n{body}\n";
        var entry = new KnowledgeEntry { Id = "faq/t", Kind = EntryKind.Faq, Title = "t", Text = body, Cites = cites, File = "faq/t.md" };
        return [.. ArticleReferenceChecker.Check(entry, raw, id => Shipped.Value.GetValueOrDefault(id), Laws.Value)];
    }

    [Theory]
    [InlineData("按《信访工作条例》第三十五条，自收到书面答复之日起30日内请求复查。")]
    [InlineData("见行政复议法第二十三条第一款第三项、第二十七条。")]
    [InlineData("按《劳动争议调解仲裁法》第四十八、五十条，十五日内起诉。")]
    [InlineData("见《民法典》第二百零一至二百零三条。")]
    [InlineData("按刑事诉讼法第二百五十二条向法院申诉。")]
    public void Check_ExistingArticlesAndCitedPeriods_NoError(string body) =>
        Assert.Empty(Check(body, "xinfang-gongzuo-tiaoli-2022#35", "laodong-zhengyi-tiaojie-zhongcai-fa-2007#50", "xingzheng-fuyi-fa-2023#23"));

    [Theory]
    [InlineData("按《信访工作条例》第九十九条办理。", "article 99 of xinfang-gongzuo-tiaoli-2022")]
    [InlineData("按《信访工作条例》第三十五条第三款办理。", "which has 1 款")]
    [InlineData("见行政复议法第二十三条第六项。", "no item (6)")]
    [InlineData("条例规定60日内办结（第五十一条）。", "article 51 of xinfang-gongzuo-tiaoli-2022")]
    [InlineData("应当在45日内答复。", "45日")]
    public void Check_MissingArticleOrUncitedPeriod_Error(string body, string message)
    {
        var errors = Check(body, "xinfang-gongzuo-tiaoli-2022#34");
        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void Check_ShippedGuidesAndFaqs_AreClean()
    {
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        Assert.Empty(KnowledgeFolderReader.Read(TestPaths.Knowledge, rules.Deadlines.Ids).Errors);
    }
}
