using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Text;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("十", 10)]
    [InlineData("二十", 20)]
    [InlineData("三十五", 35)]
    [InlineData("一百八十八", 188)]
    [InlineData("二百零一", 201)]
    [InlineData("二百一十六", 216)]
    [InlineData("六十", 60)]
    public void ParseAndFormat_RoundTrip(string text, int value)
    {
        Assert.Equal(value, ChineseNumber.Parse(text));
        Assert.Equal(text, ChineseNumber.Format(value));
    }

    [Fact]
    public void TryParse_NotANumber_ReturnsFalse() => Assert.False(ChineseNumber.TryParse("条例", out _));
}
