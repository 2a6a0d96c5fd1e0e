using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

/// <summary><c>kb validate</c> checks each deadline rule against the laws: an article that does not exist, an article
/// that does not state the rule's period, or a line stating a period no cited article states is an error with its line.</summary>
public sealed class DeadlineRuleCheckerTests
{
    private static readonly Lazy<Dictionary<string, KnowledgeEntry>> Laws = new(() =>
        KnowledgeFolderReader.Read(TestPaths.Knowledge).Entries.ToDictionary(e => e.Id, StringComparer.Ordinal));

    [Fact]
    public void Check_ShippedRules_HasNoErrors()
    {
        var path = Path.Combine(TestPaths.Rules, "deadlines.yaml");
        Assert.Empty(DeadlineRuleChecker.Check(DeadlineRuleSet.Load(path), Laws.Value.GetValueOrDefault, path));
    }

    [Fact]
    public void Check_BrokenRules_NamesEachErrorWithItsLine()
    {
        var errors = CheckFile("""
            counting:
              civil: [minfadian-zongze#201]
            rules:
              - id: no-such-article
                procedure: 请求复查
                days: 30
                cite: xinfang-gongzuo-tiaoli-2022#99
                start: 收到书面答复之日
                event: [书面答复]
                due: 到{date}为止
                passed: 已过
              - id: wrong-period
                procedure: 请求复查
                days: 45
                cite: xinfang-gongzuo-tiaoli-2022#35
                start: 收到书面答复之日
                event: [书面答复]
                due: 到{date}为止，另有九十日可以补交
                passed: 已过
            holiday_article: minfadian-zongze#203
            mail_article: minshi-susong-fa-2023#85
            """);

        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("xinfang-gongzuo-tiaoli-2022#99", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 12 && e.Message.Contains("does not state 45日", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 12 && e.Message.Contains("90日", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DaysCountedAsWorkingDaysWithoutTheArticleSayingSo_IsAnError()
    {
        // 行政复议法第三十一条 states 十日; only 第八十八条第二款 makes them working days. Without it the rule is rejected.
        var errors = CheckFile("""
            counting:
              civil: [minfadian-zongze#201]
              reconsideration: [xingzheng-fuyi-fa-2023#88]
            rules:
              - id: without-88
                procedure: 提交补正材料
                working_days: 10
                stated_in_days: true
                cite: xingzheng-fuyi-fa-2023#31
                start: 收到补正通知之日
                event: [补正通知]
                due: 到{date}为止
                passed: 已过
              - id: with-88
                procedure: 提交补正材料
                working_days: 10
                stated_in_days: true
                cite: xingzheng-fuyi-fa-2023#31
                counting: reconsideration
                start: 收到补正通知之日
                event: [补正通知]
                due: 到{date}为止
                passed: 已过
            holiday_article: minfadian-zongze#203
            mail_article: minshi-susong-fa-2023#85
            """);

        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("working days", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Message.Contains("with-88", StringComparison.Ordinal));
    }

    /// <summary>Checks a deadlines.yaml written to a folder of its own, removed afterwards.</summary>
    private static IReadOnlyList<KnowledgeError> CheckFile(string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("xfb-deadline-check-");
        try
        {
            var path = Path.Combine(folder.FullName, "deadlines.yaml");
            File.WriteAllText(path, yaml);
            return DeadlineRuleChecker.Check(DeadlineRuleSet.Load(path), Laws.Value.GetValueOrDefault, path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
