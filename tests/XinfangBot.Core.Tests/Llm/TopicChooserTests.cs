using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Llm;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Llm;

/// <summary>The understanding step through the real Semantic Kernel OpenAI connector against a local fake endpoint.</summary>
[Collection(EngineGroup.Name)]
public sealed class TopicChooserTests(EngineFixture fixture) : IAsyncLifetime
{
    // The offline engine finds no grievance words here and says what it is for (an "unsure" reply).
    private const string Unplaced = "我们那儿的路修了一半就不修了";

    private FakeOpenAiServer _server = null!;
    private AnswerEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        var chooser = new TopicChooser(
            _server.Options(o => o.UnderstandTimeoutSeconds = 3),
            TestPaths.KnowledgeOptions,
            NullLogger<TopicChooser>.Instance);
        _engine = new AnswerEngine(fixture.Knowledge, fixture.Rules, fixture.Clock, NullLogger<AnswerEngine>.Instance, chooser: chooser);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnswerAsync_UnplacedMessageAndAValidCatalogueId_AnswersThatTopicOfflineAndValidated()
    {
        var offline = _engine.Answer(new Question(Unplaced));
        Assert.True(offline.Unsure, $"precondition: {offline.Mode}");
        _server.Reply = "guide/public-services";

        var answer = await _engine.AnswerAsync(new Question(Unplaced));

        Assert.Equal(AnswerMode.Answer, answer.Mode);
        Assert.Equal("guide/public-services", answer.TopicId);
        Assert.False(answer.OutOfScope);
        Assert.Empty(answer.ValidationIssues);
        Assert.Contains(answer.Citations, c => fixture.Knowledge.Current.Get(c)?.Kind == EntryKind.Law);
        Assert.Equal(fixture.Knowledge.Current.Get("guide/public-services")!.Channels[0], answer.Channels[0]);
        Assert.Contains("routing llm", answer.Explanation, StringComparison.Ordinal);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(0, request.GetProperty("temperature").GetDouble());
        var user = request.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains(Unplaced, user, StringComparison.Ordinal);
        Assert.All(fixture.Knowledge.Current.Documents, d => Assert.Contains(d.Id + "｜" + d.Title, user, StringComparison.Ordinal));
        Assert.DoesNotContain("#", user, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("guide/road-repair")]
    [InlineData("guide/public-services guide/consumer")]
    [InlineData("labor-arbitration")]
    [InlineData("none")]
    [InlineData("我觉得这是公共服务问题")]
    [InlineData("")]
    public async Task AnswerAsync_InventedIdSeveralIdsOrNone_RejectedAndTheOfflineReplyStands(string reply)
    {
        _server.Reply = reply;
        var offline = _engine.Answer(new Question(Unplaced));

        var answer = await _engine.AnswerAsync(new Question(Unplaced));

        Assert.Single(_server.Requests);
        Assert.Equal(offline.Mode, answer.Mode);
        Assert.Equal(offline.Text, answer.Text);
        Assert.Null(answer.TopicId);
    }

    [Fact]
    public async Task AnswerAsync_ModelSlowerThanTheTimeout_FallsBackToTheOfflineReplyInTime()
    {
        _server.Reply = "guide/public-services";
        _server.Delay = TimeSpan.FromSeconds(12);
        var offline = _engine.Answer(new Question(Unplaced));

        var clock = Stopwatch.StartNew();
        var answer = await _engine.AnswerAsync(new Question(Unplaced));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(offline.Text, answer.Text);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_ServerError_FallsBackToTheOfflineReply()
    {
        _server.Status = 500;
        var offline = _engine.Answer(new Question(Unplaced));

        var answer = await _engine.AnswerAsync(new Question(Unplaced));

        Assert.Equal(offline.Text, answer.Text);
    }

    [Fact]
    public async Task ChooseAsync_MessageWithPersonalData_OnlyTheMaskedTextIsSent()
    {
        const string message = "我们那儿的路修了一半就不修了，我电话13812345678，身份证110101199003071234";
        var chooser = new TopicChooser(
            Options.Create(new LlmOptions { Endpoint = _server.BaseUrl, Model = "fake-model" }),
            TestPaths.KnowledgeOptions,
            NullLogger<TopicChooser>.Instance);
        _server.Reply = "guide/public-services";

        var chosen = await chooser.ChooseAsync(message, fixture.Knowledge.Current, new Dictionary<string, string>(), CancellationToken.None);

        Assert.Equal("guide/public-services", chosen?.Id);
        var user = Assert.Single(_server.Requests).GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains(PiiMasker.Mask(message), user, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", user, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199003071234", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AnsweredWithLowConfidence_TheModelsDifferentValidChoiceIsAnswered()
    {
        const string message = "快递丢了不赔";
        var offline = _engine.Answer(new Question(message));
        Assert.True(offline.Mode == AnswerMode.Answer && offline.Confidence < 0.35, $"precondition: {offline.Mode} {offline.Confidence}");
        _server.Reply = "guide/consumer";

        var answer = await _engine.AnswerAsync(new Question(message));

        Assert.Equal("guide/consumer", answer.TopicId);
        Assert.Equal("consumer-complaint", answer.Channels[0]);
        Assert.Empty(answer.ValidationIssues);
    }

    [Theory]
    [InlineData("单位不给交五险一金")]
    [InlineData("我不想活了")]
    [InlineData("你好")]
    public async Task AnswerAsync_ConfidentUrgentOrSmallTalk_NeverGoesToTheModel(string message)
    {
        _server.Reply = "guide/public-services";

        var answer = await _engine.AnswerAsync(new Question(message));

        Assert.Empty(_server.Requests);
        Assert.NotEqual("guide/public-services", answer.TopicId);
    }
}
