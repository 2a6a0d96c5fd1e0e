using Microsoft.Extensions.Logging.Abstractions;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Conversations;

[Collection(EngineGroup.Name)]
public sealed class ConversationServiceTests(EngineFixture fixture)
{
    private ConversationService Service() =>
        new(new ConversationHandler(fixture.Engine, fixture.Conversations, NullLogger<ConversationHandler>.Instance), fixture.Conversations);

    [Fact]
    public async Task AnswerAsync_Question_RecordsItAndRunsTheCallbackInItsTransaction()
    {
        var service = Service();
        var chat = Guid.NewGuid().ToString("N");
        HandledMessage? seen = null;

        var handled = await service.AnswerAsync(new IncomingMessage("test", chat, "老板拖欠工资怎么办", UpdateId: 3), h => seen = h, CancellationToken.None);

        Assert.Same(handled, seen);
        Assert.NotNull(service.SentAnswer(handled.ConversationId, handled.ReplyMessageId!.Value));
        Assert.True(fixture.Conversations.HasUpdate(handled.ConversationId, 3));
    }

    [Fact]
    public async Task Rate_AnswerOfThisChat_RecordedOnce()
    {
        var service = Service();
        var handled = await service.AnswerAsync(new IncomingMessage("test", Guid.NewGuid().ToString("N"), "老板拖欠工资怎么办"), null, CancellationToken.None);
        var answerId = handled.ReplyMessageId!.Value;

        Assert.Equal(FeedbackOutcome.Recorded, service.Rate(handled.ConversationId, answerId, useful: true));
        Assert.Equal(FeedbackOutcome.Already, service.Rate(handled.ConversationId, answerId, useful: false));
    }

    [Fact]
    public async Task Rate_AnswerOfAnotherChatOrAQuestion_NotFound()
    {
        var service = Service();
        var handled = await service.AnswerAsync(new IncomingMessage("test", Guid.NewGuid().ToString("N"), "老板拖欠工资怎么办"), null, CancellationToken.None);
        var question = fixture.Conversations.Recent(handled.ConversationId, 10).First(m => m.Direction == MessageDirection.In);

        Assert.Equal(FeedbackOutcome.NotFound, service.Rate("test:someone-else", handled.ReplyMessageId!.Value, useful: true));
        Assert.Equal(FeedbackOutcome.NotFound, service.Rate(handled.ConversationId, question.Id, useful: true));
        Assert.Null(service.OfferedFollowup("test:someone-else", handled.ReplyMessageId!.Value, 0));
    }

    [Fact]
    public async Task OfferedFollowup_AnswerWithFollowups_GivesTheOneAtThatIndex()
    {
        var service = Service();
        var handled = await service.AnswerAsync(new IncomingMessage("test", Guid.NewGuid().ToString("N"), "老板拖欠工资怎么办"), null, CancellationToken.None);

        Assert.NotEmpty(handled.Followups);
        Assert.Equal(handled.Followups[0], service.OfferedFollowup(handled.ConversationId, handled.ReplyMessageId!.Value, 0));
        Assert.Null(service.OfferedFollowup(handled.ConversationId, handled.ReplyMessageId!.Value, 99));
    }

    [Fact]
    public async Task Forget_ExistingAndMissingConversation_CountsOrNull()
    {
        var service = Service();
        var handled = await service.AnswerAsync(new IncomingMessage("test", Guid.NewGuid().ToString("N"), "老板拖欠工资怎么办"), null, CancellationToken.None);

        var forgotten = service.Forget(handled.ConversationId);

        Assert.Equal(2, forgotten!.Value.Messages);
        Assert.Null(service.Forget(handled.ConversationId));
        Assert.Null(service.Forget("test:never-wrote"));
    }

    [Fact]
    public void Marker_SetAndRead_RoundTrips()
    {
        var service = Service();
        var key = "test:marker:" + Guid.NewGuid().ToString("N");

        Assert.Null(service.Marker(key));
        service.SetMarker(key, 41);
        Assert.Equal(41, service.Marker(key));
    }
}
