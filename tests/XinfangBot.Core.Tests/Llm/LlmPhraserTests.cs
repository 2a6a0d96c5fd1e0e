using Microsoft.Extensions.Logging.Abstractions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Llm;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Llm;

/// <summary>The real Semantic Kernel OpenAI connector against a local fake endpoint.</summary>
[Collection(EngineGroup.Name)]
public sealed class LlmPhraserTests(EngineFixture fixture) : IAsyncLifetime
{
    private const string Question = "信访处理意见书是6月3日送到我手上的，现在已经7月8日了，复查晚不晚？";
    private FakeOpenAiServer _server = null!;
    private AnswerEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        var phraser = new LlmPhraser(
            _server.Options(o => o.TimeoutSeconds = 5),
            TestPaths.KnowledgeOptions,
            NullLogger<LlmPhraser>.Instance);
        _engine = new AnswerEngine(fixture.Knowledge, fixture.Rules, fixture.Clock, NullLogger<AnswerEngine>.Instance, phraser);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnswerAsync_ValidPhrasing_IsUsedWithTheEnginesBasisAndDisclaimer()
    {
        _server.Reply = "复查期限已经过了：按《信访工作条例》第三十五条，应在收到书面答复之日起30日内提出，你的期限到7月3日为止。\n1. 可以先向原办理机关了解情况。";
        var answer = await _engine.AnswerAsync(new Question(Question));

        Assert.Equal(AnswerMode.AnswerLlm, answer.Mode);
        Assert.StartsWith("复查期限已经过了", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sections, s => s.Kind == SectionKind.Basis);
        Assert.Contains(answer.Sections, s => s.Kind == SectionKind.Disclaimer);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("fake-model", request.GetProperty("model").GetString());
        var messages = request.GetProperty("messages");
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        var user = messages[1].GetProperty("content").GetString()!;
        Assert.Contains(Question, user, StringComparison.Ordinal);
        Assert.Contains("7月3日", user, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;", user, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("按《信访工作条例》第九十九条，你还可以复查。")]
    [InlineData("你可以在90日内申请复查。")]
    [InlineData("你的复查期限到5月1日为止。")]
    [InlineData("")]
    public async Task AnswerAsync_PhrasingThatFailsTheChecks_FallsBackToOffline(string reply)
    {
        _server.Reply = reply;
        var offline = _engine.Answer(new Question(Question));
        var answer = await _engine.AnswerAsync(new Question(Question));
        Assert.Equal(AnswerMode.Answer, answer.Mode);
        Assert.Equal(offline.Text, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_ServerError_FallsBackToOffline()
    {
        _server.Status = 500;
        var answer = await _engine.AnswerAsync(new Question(Question));
        Assert.Equal(AnswerMode.Answer, answer.Mode);
        Assert.Contains("7月3日", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_Crisis_NeverGoesToTheModel()
    {
        var answer = await _engine.AnswerAsync(new Question("我不想活了"));
        Assert.Equal(EscalationKind.Crisis, answer.Escalation);
        Assert.Empty(_server.Requests);
    }
}
