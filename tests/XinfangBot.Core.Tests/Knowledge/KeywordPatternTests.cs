using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Tests.Knowledge;

public sealed class KeywordPatternTests
{
    [Theory]
    [InlineData("老公喝醉酒就打我", true)]
    [InlineData("丈夫又打我了", true)]
    [InlineData("我打电话给老公", false)] // parts out of order
    [InlineData("老公出差了。邻居打我", false)] // another sentence
    [InlineData("老公在外地工作了很多年很少回家打我", false)] // too far apart (gap 8)
    public void IsFoundIn_PartsInOrderInOneSentenceWithinTheGap_OnlyThen(string text, bool expected)
    {
        var pattern = KeywordPattern.Parse("老公|丈夫…打我")!;

        Assert.Equal(expected, pattern.IsFoundIn(text, 8));
    }

    [Fact]
    public void IsFoundIn_FirstOccurrenceTooFarButALaterOneClose_Found()
    {
        var pattern = KeywordPattern.Parse("工地…摔")!;

        Assert.True(pattern.IsFoundIn("在工地上干了三年多的活儿没出过事，那天在工地摔了", 4));
    }

    [Fact]
    public void IsFoundIn_ThreeParts_EachWithinTheGapOfThePrevious()
    {
        var pattern = KeywordPattern.Parse("让我|逼我…写…辞职")!;

        Assert.True(pattern.IsFoundIn("公司逼我自己写一份辞职信", 3));
        Assert.False(pattern.IsFoundIn("公司逼我写检查，还说要我辞职", 3));
    }

    [Theory]
    [InlineData("老公…", "two parts")]
    [InlineData("老公||丈夫…打", "non-empty")]
    [InlineData("老公|丈夫", "only inside a keyword written in parts")]
    public void Problem_UnusableKeyword_SaysWhy(string keyword, string expected)
    {
        Assert.Contains(expected, KeywordPattern.Problem(keyword), StringComparison.Ordinal);
        Assert.Null(KeywordPattern.Parse(keyword));
    }

    [Fact]
    public void Problem_PlainWordOrGoodPattern_Null()
    {
        Assert.Null(KeywordPattern.Problem("拖欠工资"));
        Assert.Null(KeywordPattern.Problem("老公|丈夫…打我|动手"));
    }
}
