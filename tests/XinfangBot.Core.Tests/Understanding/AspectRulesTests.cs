using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Tests.Understanding;

/// <summary>The aspect words of rules/aspects.yaml as the understanding step reads them.</summary>
public sealed class AspectRulesTests
{
    private static readonly AspectRules Rules = AspectRules.Load(Path.Combine(TestPaths.Rules, "aspects.yaml"));

    [Theory]
    [InlineData("这种事要多久才有结果", Aspect.Time)]
    [InlineData("需要带什么", Aspect.Materials)]
    [InlineData("应该找哪个部门", Aspect.Where)]
    [InlineData("谢谢", Aspect.None)]
    public void Detect_AspectWord_ThatAspect(string text, Aspect expected) => Assert.Equal(expected, Rules.Detect(text));

    [Theory]
    [InlineData("那要多久", true)]
    [InlineData("这个怎么算", true)]
    [InlineData("要多久", false)]
    public void StartsLikeFollowUp_MarkerOnlyAtTheStart_Detected(string text, bool expected) => Assert.Equal(expected, Rules.StartsLikeFollowUp(text));

    [Fact]
    public void Load_ItemWithRegexPrefix_MatchedAsExpression()
    {
        var path = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "aspects-" + Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, File.ReadAllText(Path.Combine(TestPaths.Rules, "aspects.yaml")).Replace("找哪]", "找哪, \"re:a+b\", x.y]", StringComparison.Ordinal));
        try
        {
            var rules = AspectRules.Load(path);

            Assert.Equal(Aspect.Where, rules.Detect("aaab"));
            Assert.Equal(Aspect.Where, rules.Detect("x.y"));
            Assert.Equal(Aspect.None, rules.Detect("xzy"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
