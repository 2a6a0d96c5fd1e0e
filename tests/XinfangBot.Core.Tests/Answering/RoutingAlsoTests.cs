using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>
/// A rule the situation makes necessary to know, named beside an answer on something else (routing.yaml `also`): many
/// people going together to visit are told of the five representatives (信访工作条例第二十条第三款). The sentences are
/// written for these tests; they are no evaluation item's wording.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class RoutingAlsoTests(EngineFixture fixture)
{
    private const string RepresentativesArticle = "xinfang-gongzuo-tiaoli-2022#20";

    [Theory]
    // Going to a higher level as a group: the answer on levels, and the representatives beside it.
    [InlineData("我们组二十来户的宅基地补偿一直没落实，乡亲们说好月底包车一起去省里反映，路上要注意什么")]
    // A wage matter with its own channels, and the workers going together to the government.
    [InlineData("厂里欠了我们二十几个工友三个月工资，大家想一块去区政府讨说法")]
    public void GroupGoingToVisit_IsToldOfTheFiveRepresentatives(string message)
    {
        var answer = fixture.Ask(message);

        Assert.Contains("代表人数不得超过5人", answer.Text, StringComparison.Ordinal);
        Assert.Contains(RepresentativesArticle, answer.Citations);
    }

    [Fact]
    public void OnePersonGoing_IsNotToldOfRepresentatives()
    {
        var answer = fixture.Ask("我一个人去省里反映征地补偿的事，可以吗");

        Assert.DoesNotContain("代表人数", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerOnTheRepresentativesItself_DoesNotNameThemAgain()
    {
        var answer = fixture.Ask("我们小区三十多个业主想一起去市信访局上访，要注意啥");

        Assert.Contains("faq/representatives", answer.Citations);
        Assert.DoesNotContain("另外", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEntryRoutingNames_IsInTheShippedKnowledge()
    {
        // routing.yaml names entries by id (prefer, also); a renamed entry would silently switch the rule off.
        var text = File.ReadAllText(Path.Combine(TestPaths.Rules, "routing.yaml"));
        var ids = System.Text.RegularExpressions.Regex.Matches(text, @"(?m)^\s+(prefer|also): (\S+)\s*$").Select(m => m.Groups[2].Value).Distinct().ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.NotNull(fixture.Knowledge.Current.Get(id)));
    }

    [Fact]
    public void Load_RuleWithAlsoAndNoPromote_IsAcceptedAndWithNeitherFailsNamingTheRule()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "routing.yaml");
            File.WriteAllText(path, "stated_period: \"re:[0-9]+天内\"\nrules:\n  - name: 多人\n    when: [一起去]\n    also: faq/representatives\n");
            var rule = Assert.Single(RoutingRules.Load(path).Match("大家一起去"));
            Assert.Equal("faq/representatives", rule.Also);
            Assert.Empty(rule.Promote);

            File.WriteAllText(path, "stated_period: \"re:[0-9]+天内\"\nrules:\n  - name: 空规则\n    when: [一起去]\n");
            var error = Assert.Throws<InvalidDataException>(() => RoutingRules.Load(path));
            Assert.Contains("空规则", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
