using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new(
        ChineseConverter.Load(Path.Combine(TestPaths.Rules, "opencc")),
        Vocabulary.Load(Path.Combine(TestPaths.Rules, "vocabulary.yaml")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\u0000\u0001\u0002")]
    public void Normalize_EmptyOrControlOnly_IsEmpty(string? input) => Assert.True(Normalizer.Normalize(input).IsEmpty);

    [Fact]
    public void Normalize_Traditional_BecomesSimplified() =>
        Assert.Contains("我写的信访材料寄出去以后，多久会有回应", Normalizer.Normalize("我寫的信訪材料寄出去以後，多久會有回應").Text.Replace(',', '，'), StringComparison.Ordinal);

    [Fact]
    public void Normalize_FullWidthAscii_IsFolded() =>
        Assert.Equal("ABC 123?", Normalizer.Normalize("ＡＢＣ　１２３？").Text);

    [Fact]
    public void Normalize_HugeInput_IsCappedAndFlagged()
    {
        var result = Normalizer.Normalize(new string('欠', 100_000));
        Assert.True(result.Truncated);
        Assert.Equal(TextNormalizer.DefaultMaxChars, result.Text.Length);
        Assert.Equal(100_000, result.OriginalLength);
    }

    [Fact]
    public void Normalize_BinaryGarbage_KeepsOnlyText()
    {
        var garbage = "\uFFFD\u0007老板\uD800欠薪\u200B";
        Assert.Equal("老板欠薪", Normalizer.Normalize(garbage).Text[..4]);
    }

    [Fact]
    public void Normalize_CollapsesWhitespace() => Assert.Equal("老板 欠薪", Normalizer.Normalize("  老板 \t  欠薪  ").Text);
}
