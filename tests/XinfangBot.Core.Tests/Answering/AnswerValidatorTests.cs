using XinfangBot.Core.Answering;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

[Collection(EngineGroup.Name)]
public sealed class AnswerValidatorTests(EngineFixture fixture)
{
    [Fact]
    public void Validate_FabricatedCitation_IsRemovedAndReported()
    {
        var sections = new List<AnswerSection> { new(SectionKind.Conclusion, null, ["结论。"]) };
        var (_, citations, issues) = AnswerValidator.Validate(sections, ["xinfang-gongzuo-tiaoli-2022#35", "xinfang-gongzuo-tiaoli-2022#99"], fixture.Knowledge.Current);
        Assert.Equal(["xinfang-gongzuo-tiaoli-2022#35"], citations);
        Assert.Contains(issues, i => i.Contains("#99", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PeriodNoCitedArticleStates_RemovesTheLine()
    {
        var sections = new List<AnswerSection> { new(SectionKind.Steps, "怎么办", ["30日内请求复查。", "90日内请求复查。"]) };
        var (checkedSections, _, issues) = AnswerValidator.Validate(sections, ["xinfang-gongzuo-tiaoli-2022#35"], fixture.Knowledge.Current);
        Assert.Equal(["30日内请求复查。"], checkedSections[0].Lines);
        Assert.Contains(issues, i => i.Contains("90日", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ChineseNumeralPeriod_MatchesDigits()
    {
        var sections = new List<AnswerSection> { new(SectionKind.Steps, null, ["自知道之日起六十日内申请复议。", "6个月内起诉。"]) };
        var (checkedSections, _, issues) = AnswerValidator.Validate(sections, ["xingzheng-fuyi-fa-2023#20", "xingzheng-susong-fa-2017#46"], fixture.Knowledge.Current);
        Assert.Empty(issues);
        Assert.Equal(2, checkedSections[0].Lines.Count);
    }

    [Fact]
    public void Validate_DatesAreNotPeriods()
    {
        var sections = new List<AnswerSection> { new(SectionKind.Deadline, null, ["3月2日收到，期限到4月1日为止。"]) };
        var (_, _, issues) = AnswerValidator.Validate(sections, ["xinfang-gongzuo-tiaoli-2022#35"], fixture.Knowledge.Current);
        Assert.Empty(issues);
    }
}
