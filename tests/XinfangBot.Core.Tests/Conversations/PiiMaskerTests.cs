using XinfangBot.Core.Conversations;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Conversations;

public sealed class PiiMaskerTests
{
    [Fact]
    public void Mask_CorpusOfEveryForm_NothingLeftUnmasked()
    {
        var corpus = PiiCorpus.Generate();
        Assert.True(corpus.Count >= 500, $"corpus has {corpus.Count} forms");

        var leaks = corpus
            .Select(item => (item, masked: PiiMasker.Mask($"我的信息是{item.Text}，请帮我看看。")))
            .Where(x => PiiCorpus.Fold(x.masked).Contains(PiiCorpus.Fold(x.item.Secret), StringComparison.Ordinal))
            .Select(x => $"{x.item.Category} / {x.item.Form}: {x.item.Text} -> {x.masked}")
            .ToList();

        Assert.True(leaks.Count == 0, $"{leaks.Count} of {corpus.Count} unmasked:\n" + string.Join('\n', leaks.Take(40)));
    }

    [Theory]
    [InlineData("我2026年3月2日收到答复，今天2026-04-05了")]
    [InlineData("拖欠工资12000元，3个月了，打了12345和12356")]
    [InlineData("《信访工作条例》第三十五条说30日内")]
    [InlineData("公司有150个员工，欠了1500000元")]
    [InlineData("2026.3.2 收到的")]
    public void Mask_DatesSumsAndHotlines_LeftAsWritten(string text)
    {
        Assert.Equal(text, PiiMasker.Mask(text));
    }

    [Theory]
    [InlineData("手机13800138000", "手机138****[手机号]")]
    [InlineData("身份证110101199003071234", "身份证110****[身份证号]")]
    [InlineData("卡号6222 0212 3456 7890 123", "卡号****0123[银行卡号]")]
    [InlineData("邮箱zhang.wei@example.com", "邮箱[邮箱]")]
    public void Mask_KnownForms_KeepsLabelAndOnlyAFewDigits(string text, string expected)
    {
        Assert.Equal(expected, PiiMasker.Mask(text));
    }
}
