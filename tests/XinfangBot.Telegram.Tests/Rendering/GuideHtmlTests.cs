using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Rendering;

public sealed class GuideHtmlTests
{
    [Fact]
    public void Render_LongGuide_FirstScreenWithinBudgetRestFoldedAndAskVisible()
    {
        var kb = SharedKnowledge.Knowledge.Current;
        var entry = kb.Get("guide/state-compensation")!;

        var html = GuideHtml.Render(entry, kb, "依据", "相关条文", "说说你的情况");

        Assert.Null(TelegramHtml.Validate(html));
        var fold = html.IndexOf(AnswerHtml.FoldStart, StringComparison.Ordinal);
        Assert.True(fold > 0, "a long guide is folded");
        Assert.True(Html.ToPlain(html[..fold]).Length <= AnswerHtml.HeadBudget, "visible part within the budget");
        Assert.StartsWith("<b>" + entry.Title, html, StringComparison.Ordinal);
        Assert.Contains(entry.Summary!, html[..fold], StringComparison.Ordinal);
        // Nothing of the body is lost: the cited laws are named inside the fold, the invitation stays below it.
        Assert.Contains("国家赔偿法", html[fold..], StringComparison.Ordinal);
        Assert.EndsWith(AnswerHtml.FoldEnd + "\n\n<i>说说你的情况</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryShippedGuideAndFaq_ValidTelegramHtmlWithOneFoldAtMost()
    {
        var kb = SharedKnowledge.Knowledge.Current;
        foreach (var entry in kb.Documents)
        {
            var html = GuideHtml.Render(entry, kb, "依据", "相关条文", "说说你的情况");

            Assert.True(TelegramHtml.Validate(html) is null, entry.Id);
            var folds = html.Split(AnswerHtml.FoldStart).Length - 1;
            Assert.True(folds <= 1, entry.Id);
            if (folds == 1)
            {
                var head = html[..html.IndexOf(AnswerHtml.FoldStart, StringComparison.Ordinal)];
                Assert.True(Html.ToPlain(head).Length <= AnswerHtml.HeadBudget, entry.Id);
            }
        }
    }
}
