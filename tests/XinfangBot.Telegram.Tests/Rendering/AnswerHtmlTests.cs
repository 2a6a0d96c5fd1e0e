using XinfangBot.Core.Answering;
using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Rendering;

public sealed class AnswerHtmlTests
{
    [Fact]
    public void Render_DynamicPiecesWithMarkup_AreEscapedAndTelegramAcceptsTheResult()
    {
        var answer = new Answer
        {
            Text = "plain",
            Mode = "answer",
            Sections =
            [
                new AnswerSection(SectionKind.Conclusion, null, ["结论 <b>加粗</b>"]),
                new AnswerSection(SectionKind.Steps, "怎么办", ["第一步 <script>alert(1)</script>", "第二步 A & B"]),
                new AnswerSection(SectionKind.Reminder, "提醒", ["x < y > z"]),
                new AnswerSection(SectionKind.Disclaimer, null, ["提示 & 说明"]),
            ],
        };

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Null(TelegramHtml.Validate(html));
        Assert.Contains("<b>结论 &lt;b&gt;加粗&lt;/b&gt;</b>", html, StringComparison.Ordinal);
        Assert.Contains("1. 第一步 &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("2. 第二步 A &amp; B", html, StringComparison.Ordinal);
        Assert.Contains("<b>提醒：</b>x &lt; y &gt; z", html, StringComparison.Ordinal);
        Assert.EndsWith("<i>提示 &amp; 说明</i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CitedArticlesNotNamedInTheText_AreListedByReadableNameBeforeTheDisclaimer()
    {
        var answer = new Answer
        {
            Text = "结论\n提示",
            Citations = ["xinfang-gongzuo-tiaoli-2022#20", "xinfang-gongzuo-tiaoli-2022#35", "guide/unpaid-wages"],
            Sections = [new AnswerSection(SectionKind.Conclusion, null, ["结论"]), new AnswerSection(SectionKind.Disclaimer, null, ["提示"])],
        };

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Equal("<b>结论</b>\n\n<b>相关条文：</b>《信访工作条例》第二十条、《信访工作条例》第三十五条\n\n<i>提示</i>", html);
    }

    [Fact]
    public void Render_EngineAnswer_MatchesThePlainTextWhenMarkupIsRemoved()
    {
        var engine = SharedKnowledge.Engine;
        var answer = engine.Answer(new Question("复查申请要向哪一级提出？"));

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Null(TelegramHtml.Validate(html));
        Assert.StartsWith(answer.Text.Split("\n\n")[0], Html.ToPlain(html), StringComparison.Ordinal);
    }
}
