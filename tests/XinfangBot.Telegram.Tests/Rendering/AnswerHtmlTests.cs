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
            Mode = AnswerMode.Answer,
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

    [Theory]
    [InlineData("老板拖欠我三个月工资不给，怎么办？")]
    [InlineData("我对区里的信访处理意见不满意，能找谁复查？")]
    [InlineData("征收我家房子给的补偿太低了，签不签？")]
    [InlineData("村支书把低保名额给了自家亲戚，我想举报")]
    [InlineData("法院判决下来了我觉得判错了，还能怎么办")]
    [InlineData("小区门口的路灯坏了一个月没人修，找谁反映")]
    [InlineData("丈夫喝了酒就打我，我该怎么保护自己")]
    [InlineData("信访处理意见书是5月6日收到的，复查申请最晚哪天交？")]
    public void Render_EngineAnswer_ConclusionAndStepsFirstAtMost600CharactersBeforeTheFoldQuotesFolded(string question)
    {
        var answer = SharedKnowledge.Engine.Answer(new Question(question));
        Assert.Equal(AnswerMode.Answer, answer.Mode);

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Null(TelegramHtml.Validate(html));
        var head = AnswerHtml.BeforeFold(html);
        Assert.True(head.Length <= AnswerHtml.HeadBudget, $"{head.Length} characters before the fold:\n{head}");
        Assert.StartsWith(answer.Sections[0].Lines[0], head, StringComparison.Ordinal);
        Assert.True(answer.Sections[0].Lines.Count <= 2, "the conclusion takes at most two lines");
        Assert.Contains("1. ", head, StringComparison.Ordinal);

        // The quoted articles are inside the expandable quote, the disclaimer below it, visible.
        var basis = answer.Sections.Single(s => s.Kind == SectionKind.Basis);
        var fold = html[html.IndexOf(AnswerHtml.FoldStart, StringComparison.Ordinal)..(html.IndexOf(AnswerHtml.FoldEnd, StringComparison.Ordinal) + AnswerHtml.FoldEnd.Length)];
        Assert.All(basis.Lines, line => Assert.Contains(Html.Escape(line), fold, StringComparison.Ordinal));
        Assert.DoesNotContain(basis.Lines[0], head, StringComparison.Ordinal);
        Assert.EndsWith(Html.Italic(SharedKnowledge.Rules.Templates.Disclaimer), html, StringComparison.Ordinal);

        // Telegram's plain-text fallback keeps every quote.
        var plain = Html.ToPlain(html);
        Assert.All(basis.Lines, line => Assert.Contains(line, plain, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_StepsBeyondTheBudget_ContinueNumberedInsideTheFoldWithEverythingEscaped()
    {
        var steps = Enumerable.Range(1, 8).Select(i => $"第{i}步 <材料> & 证据" + new string('办', 100)).ToList();
        var answer = new Answer
        {
            Text = "plain",
            Mode = AnswerMode.Answer,
            Sections =
            [
                new AnswerSection(SectionKind.Conclusion, null, ["结论 <i>"]),
                new AnswerSection(SectionKind.Steps, "怎么办", steps),
                new AnswerSection(SectionKind.Deadline, "时间", ["期限 & 说明"]),
                new AnswerSection(SectionKind.Basis, "依据", ["《条例》第一条：“a < b & c”"]),
                new AnswerSection(SectionKind.Reminder, "提醒", ["提醒 >"]),
                new AnswerSection(SectionKind.Disclaimer, null, ["提示"]),
            ],
        };

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Null(TelegramHtml.Validate(html));
        var head = AnswerHtml.BeforeFold(html);
        Assert.True(head.Length <= AnswerHtml.HeadBudget, $"{head.Length}");
        Assert.Contains("1. 第1步 <材料> & 证据", head, StringComparison.Ordinal);
        Assert.DoesNotContain("8. 第8步", head, StringComparison.Ordinal);
        var fold = html[html.IndexOf(AnswerHtml.FoldStart, StringComparison.Ordinal)..];
        Assert.Contains("8. 第8步 &lt;材料&gt; &amp; 证据", fold, StringComparison.Ordinal);
        Assert.Contains("<b>时间：</b>\n期限 &amp; 说明", fold, StringComparison.Ordinal);
        Assert.Contains("《条例》第一条：“a &lt; b &amp; c”", fold, StringComparison.Ordinal);
        Assert.Contains("<b>结论 &lt;i&gt;</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", fold[..fold.IndexOf(AnswerHtml.FoldEnd, StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ContactLine_ShownInlineUnderTheStepsBeforeTheFold()
    {
        var answer = new Answer
        {
            Text = "plain",
            Mode = AnswerMode.Answer,
            Sections =
            [
                new AnswerSection(SectionKind.Conclusion, null, ["结论"]),
                new AnswerSection(SectionKind.Steps, "怎么办", ["第一步"]),
                new AnswerSection(SectionKind.Contact, "找谁", ["12345政务服务便民热线：拨打12345 <或> 网上平台"]),
                new AnswerSection(SectionKind.Basis, "依据", ["《条例》第一条：“原文”"]),
            ],
        };

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Null(TelegramHtml.Validate(html));
        Assert.StartsWith("<b>结论</b>\n\n<b>怎么办：</b>\n1. 第一步\n\n<b>找谁：</b>12345政务服务便民热线：拨打12345 &lt;或&gt; 网上平台\n\n" + AnswerHtml.FoldStart, html, StringComparison.Ordinal);
    }

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SharedKnowledge.Knowledge.Current.Documents)
        {
            data.Add(entry.Title);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Render_EveryGuideAndFaqAnswer_ValidHtmlWithAtMost600CharactersBeforeTheFold(string title)
    {
        var answer = SharedKnowledge.Engine.Answer(new Question(title));

        var html = AnswerHtml.Render(answer, SharedKnowledge.Knowledge.Current, "相关条文");

        Assert.Null(TelegramHtml.Validate(html));
        Assert.True(AnswerHtml.BeforeFold(html).Length <= AnswerHtml.HeadBudget, $"{AnswerHtml.BeforeFold(html).Length} characters before the fold");
        Assert.Equal(answer.Sections.Any(s => s.Kind == SectionKind.Basis && s.Lines.Count > 0), html.Contains(AnswerHtml.FoldStart, StringComparison.Ordinal));
    }
}
