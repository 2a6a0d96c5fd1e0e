using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>Kinds of message whose governing article was cited too late, found in session 20 (issue 9's citation hit@3).
/// The messages are written for these tests; none is taken from an evaluation set or a probe.</summary>
[Collection(EngineGroup.Name)]
public sealed class CitationKinds20Tests(EngineFixture fixture)
{
    [Theory]
    // A work injury already recognised, its benefits refused: the benefits dispute goes the labour-dispute way (第五十四条),
    // not the application for recognition (第十七条) and its one-year period.
    [InlineData("工伤已经认定了，评的九级，公司说伤残补助一分不给", "gongshang-baoxian-tiaoli-2010#54")]
    [InlineData("拿到了工伤认定书，可老板还是不肯出医疗费", "gongshang-baoxian-tiaoli-2010#54")]
    // Grade seven to ten, the contract ended: the employer's one-off disability employment allowance (第三十七条).
    [InlineData("八级伤残，劳动合同到期公司不续签，一次性伤残就业补助金也不给", "gongshang-baoxian-tiaoli-2010#37")]
    // The labour bureau refused to recognise the injury: review or suit against that decision (第五十五条).
    [InlineData("社保局不给我认定工伤，说我是自己不小心摔的", "gongshang-baoxian-tiaoli-2010#55")]
    public void Answer_CitesTheGoverningArticleAmongTheFirstThree(string message, string article)
    {
        var answer = fixture.Ask(message);

        var laws = answer.Citations.Where(c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law).Take(3).ToList();
        Assert.Contains(article, laws);
    }

    /// <summary>A recognised injury is past its application: the one-year period to apply does not lead the answer.</summary>
    [Fact]
    public void RecognisedInjury_DoesNotLeadWithTheApplication()
    {
        var answer = fixture.Ask("工伤认定下来了，厂里还是不给我报销药费");

        Assert.NotEqual("gongshang-baoxian-tiaoli-2010#17", answer.Citations[0]);
    }
}
