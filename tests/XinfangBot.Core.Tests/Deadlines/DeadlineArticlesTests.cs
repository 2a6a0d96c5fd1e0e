using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Deadlines;

/// <summary>The articles deadlines.yaml names for date lines (holiday_article, mail_article) are real, counting ones.</summary>
public sealed class DeadlineArticlesTests
{
    private static readonly Lazy<RuleBook> Rules = new(() => new RuleBook(TestPaths.Rules, TestPaths.Prompts));

    [Fact]
    public void HolidayAndMailArticles_ExistAndAreCountingArticles()
    {
        var deadlines = Rules.Value.Deadlines;
        var entries = KnowledgeFolderReader.Read(TestPaths.Knowledge, deadlines.Ids).Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

        Assert.Equal(EntryKind.Law, entries[deadlines.HolidayArticle].Kind);
        Assert.Equal(EntryKind.Law, entries[deadlines.MailArticle].Kind);
        Assert.Contains(deadlines.HolidayArticle, deadlines.CountingArticles);
        Assert.Contains(deadlines.MailArticle, deadlines.CountingArticles);
        // Every rule counted the procedural way names the mail article among its counting articles.
        Assert.All(deadlines.All.Where(r => r.Counting != "civil"), r => Assert.Contains(deadlines.MailArticle, r.CountingCites));
        Assert.All(deadlines.All.Where(r => r.Counting == "civil"), r => Assert.Contains(deadlines.HolidayArticle, r.CountingCites));
    }
}
