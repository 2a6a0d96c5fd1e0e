using XinfangBot.Telegram.Rendering;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Rendering;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("<b>三个月</b>", "&lt;b&gt;三个月&lt;/b&gt;")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("老板 & 包工头", "老板 &amp; 包工头")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Escape_MarkupCharacters_BecomeEntitiesTelegramAccepts(string text, string expected)
    {
        var escaped = Html.Escape(text);

        Assert.Equal(expected, escaped);
        Assert.Null(TelegramHtml.Validate(escaped));
        Assert.Equal(text, Html.ToPlain(escaped));
    }

    [Fact]
    public void ToPlain_RenderedMessage_KeepsTheTextDropsTheMarkup()
    {
        var html = Html.Bold("依据：") + Html.Escape("《信访工作条例》第二十条 <b>&") + "\n\n" + Html.Italic("提示");

        Assert.Equal("依据：《信访工作条例》第二十条 <b>&\n\n提示", Html.ToPlain(html));
    }
}
