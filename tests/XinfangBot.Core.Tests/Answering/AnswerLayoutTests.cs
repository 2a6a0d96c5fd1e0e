using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Answering;

/// <summary>Answers read well on a phone: the conclusion first in at most two lines, then steps, and where to turn.</summary>
[Collection(EngineGroup.Name)]
public sealed class AnswerLayoutTests(EngineFixture fixture)
{
    public static TheoryData<string> Documents() => AnswerEngineTests.Documents();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Answer_EveryGuideAndFaq_ConclusionInAtMostTwoLinesThenStepsOrTheDates(string id)
    {
        var answer = fixture.Ask(fixture.Knowledge.Current.Get(id)!.Title);
        if (answer.Mode != AnswerMode.Answer)
        {
            return;
        }

        Assert.Equal(SectionKind.Conclusion, answer.Sections[0].Kind);
        Assert.InRange(answer.Sections[0].Lines.Count, 1, 2);
        var next = answer.Sections.Skip(1).First(s => s.Lines.Count > 0 && s.Kind != SectionKind.Note);
        Assert.True(next.Kind is SectionKind.Steps or SectionKind.Deadline, $"{id}: {next.Kind} follows the conclusion");
        Assert.StartsWith(answer.Sections[0].Lines[^1], answer.Text.Split('\n')[answer.Sections[0].Lines.Count - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_CourtJudgmentThoughtWrong_ShowsTheChannelsContactLineRightUnderTheSteps()
    {
        var answer = fixture.Ask("法院判决下来了我觉得判错了，还能怎么办");

        var channel = fixture.Rules.Channels[answer.Channels[0]];
        Assert.True(channel.ShowHow, answer.Channels[0]);
        var steps = answer.Sections.ToList().FindIndex(s => s.Kind == SectionKind.Steps);
        var contact = answer.Sections[steps + 1];
        Assert.Equal(SectionKind.Contact, contact.Kind);
        Assert.Equal([$"{channel.Name}：{channel.How}"], contact.Lines);
        Assert.Contains($"\n\n找谁：{channel.Name}：{channel.How}\n", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.ValidationIssues);
    }

    [Fact]
    public void For_HotlineTheStepsAlreadyName_IsNotRepeated()
    {
        var catalog = fixture.Rules.Channels;
        var template = fixture.Rules.Templates.ChannelLine;

        Assert.Empty(ContactLines.For(["hotline-12345"], ["可以拨打12345反映"], catalog, template));
        Assert.Equal([$"{catalog["hotline-12345"].Name}：{catalog["hotline-12345"].How}"], ContactLines.For(["hotline-12345"], ["向街道反映"], catalog, template));
        Assert.Empty(ContactLines.For(["administrative-reconsideration"], ["向复议机关申请"], catalog, template));
        Assert.Equal(2, ContactLines.For(["discipline-inspection", "legal-aid", "hotline-12345"], [], catalog, template).Count);
    }

    [Fact]
    public void Load_ChannelsMarkedToShowTheirContact_EachHasAContactLine()
    {
        var shown = ChannelIds.All.Select(id => fixture.Rules.Channels[id]).Where(c => c.ShowHow).ToList();

        Assert.Contains(shown, c => c.Id == "hotline-12345");
        Assert.Contains(shown, c => c.Id == "discipline-inspection");
        Assert.Contains(shown, c => c.Id == "civil-litigation");
        Assert.All(shown, c => Assert.False(string.IsNullOrWhiteSpace(c.How), c.Id));
    }
}
