using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Llm;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Llm;

/// <summary>
/// The LLM's third opinion on a message the offline triage left uncertain: the real Semantic Kernel OpenAI connector
/// against the local fake endpoint. It can raise the risk, never lower it, and a slow or failing model leaves the
/// offline decision.
/// </summary>
[Collection(EngineGroup.Name)]
public sealed class SafetyJudgeTests(EngineFixture fixture) : IAsyncLifetime
{
    // A hopeless remark with no plan and no means: the lexicon gives half a signal, the model little — the uncertain band.
    private const string Borderline = "这些年真的没有盼头";
    private FakeOpenAiServer _server = null!;
    private AnswerEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        var judge = new SafetyJudge(
            _server.Options(o => o.SafetyTimeoutSeconds = 3),
            TestPaths.KnowledgeOptions,
            NullLogger<SafetyJudge>.Instance);
        _engine = new AnswerEngine(fixture.Knowledge, fixture.Rules, fixture.Clock, NullLogger<AnswerEngine>.Instance, judge: judge);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnswerAsync_BorderlineAndModelSaysCrisis_GetsCrisisHelpAndTheMessageWasAsked()
    {
        Assert.Equal(SafetyBand.Uncertain, OfflineBand(Borderline));
        _server.Reply = "crisis";

        var answer = await _engine.AnswerAsync(new Question(Borderline));

        Assert.Equal(EscalationKind.Crisis, answer.Escalation);
        Assert.Contains("12356", answer.Text, StringComparison.Ordinal);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("fake-model", request.GetProperty("model").GetString());
        var messages = request.GetProperty("messages");
        Assert.Contains(Borderline, messages[messages.GetArrayLength() - 1].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_BorderlineAndModelSaysNone_KeepsTheOfflineAnswer()
    {
        _server.Reply = "none";
        var offline = _engine.Answer(new Question(Borderline));

        var answer = await _engine.AnswerAsync(new Question(Borderline));

        Assert.Single(_server.Requests);
        Assert.Equal(offline.Escalation, answer.Escalation);
        Assert.Equal(offline.Text, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_OfflineAlarmAndModelSaysNone_IsNeverLoweredNorAsked()
    {
        _server.Reply = "none";

        var answer = await _engine.AnswerAsync(new Question("药我已经全部吃下去了，现在头很晕"));

        Assert.Equal(EscalationKind.Crisis, answer.Escalation);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_ModelSlowerThanTheSafetyTimeout_FallsBackToTheOfflineDecisionInTime()
    {
        _server.Reply = "crisis";
        _server.Delay = TimeSpan.FromSeconds(60);
        var offline = _engine.Answer(new Question(Borderline));

        var started = Stopwatch.GetTimestamp();
        var answer = await _engine.AnswerAsync(new Question(Borderline));
        var took = Stopwatch.GetElapsedTime(started);

        Assert.Single(_server.Requests);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took.TotalSeconds:F1} s with a 3 s safety timeout and a 60 s model");
        Assert.Equal(offline.Escalation, answer.Escalation);
        Assert.Equal(offline.Text, answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_ModelServerError_FallsBackToTheOfflineDecision()
    {
        _server.Status = 500;
        var offline = _engine.Answer(new Question(Borderline));

        var answer = await _engine.AnswerAsync(new Question(Borderline));

        Assert.Equal(offline.Escalation, answer.Escalation);
        Assert.Equal(offline.Text, answer.Text);
    }

    private SafetyBand OfflineBand(string text) => fixture.Rules.Safety.Assess(fixture.Rules.Normalizer.Normalize(text).Text).Band;
}
