using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Staff;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Escalations;

public sealed class CaseServiceTests
{
    [Fact]
    public async Task Take_OpenCase_ClaimsItHoldsTheChatAndTellsTheCitizen()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");

        var result = await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(EscalationStatus.Claimed, result.Case!.Status);
        Assert.Equal("wangfang", result.Case.Assignee);
        Assert.NotNull(result.Case.FirstResponseUtc);
        Assert.Equal(ConversationState.Human, world.Store.Find(e.ConversationId)!.State);
        Assert.Contains($"案件 #{e.Id}", Assert.Single(world.Channel.Sent).Text, StringComparison.Ordinal);
        Assert.Contains($"take #{e.Id} by wangfang", world.Notifier.Events);
        Assert.Contains(world.Audit.Latest(5), a => a.Action == "take" && a.Target == $"#{e.Id}");
    }

    [Fact]
    public async Task Reply_OpenCase_ReachesTheCitizenIsRecordedAndClaimsIt()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");

        var result = await world.Service.ReplyAsync(e.Id, CaseWorld.Reviewer(), "您好，可以拨打12333咨询。我的电话13912345678", CancellationToken.None);

        Assert.True(result.Ok);
        var sent = Assert.Single(world.Channel.Sent);
        Assert.Equal(("c1", "工作人员回复：您好，可以拨打12333咨询。我的电话13912345678"), sent);
        var recorded = world.Store.Recent(e.ConversationId, 10)[^1];
        Assert.Equal(MessageAuthor.Staff("wangfang"), recorded.Author);
        Assert.True(recorded.Delivered);
        Assert.DoesNotContain("13912345678", recorded.Text, StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.Claimed, world.Service.Get(e.Id)!.Status);
    }

    [Fact]
    public async Task Reply_ChannelDown_IsRefusedAndLeftUndelivered()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");
        world.Channel.Fail = true;

        var result = await world.Service.ReplyAsync(e.Id, CaseWorld.Reviewer(), "您好", CancellationToken.None);

        Assert.Equal(CaseError.SendFailed, result.Error);
        Assert.False(world.Store.Recent(e.ConversationId, 10)[^1].Delivered);
    }

    [Theory]
    [InlineData("crisis")]
    [InlineData("threat")]
    public async Task Resolve_CrisisOrThreatWithoutNote_IsRefused(string kind)
    {
        using var world = new CaseWorld();
        var e = world.Open(kind);

        var refused = await world.Service.ResolveAsync(e.Id, CaseWorld.Reviewer(), "  ", CancellationToken.None);
        var resolved = await world.Service.ResolveAsync(e.Id, CaseWorld.Reviewer(), "已电话联系，人安全", CancellationToken.None);

        Assert.Equal(CaseError.NoteRequired, refused.Error);
        Assert.True(resolved.Ok);
        Assert.Equal(EscalationStatus.Resolved, resolved.Case!.Status);
        Assert.Equal("已电话联系，人安全", Assert.Single(resolved.Case.StaffNotes).Text);
    }

    [Fact]
    public async Task Resolve_HumanRequest_HandsTheChatBackAndSaysThisIsNoFiling()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");
        await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None);

        var result = await world.Service.ResolveAsync(e.Id, CaseWorld.Reviewer(), null, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(ConversationState.Bot, world.Store.Find(e.ConversationId)!.State);
        Assert.Contains("不等于提交信访事项", world.Channel.Sent.Last().Text, StringComparison.Ordinal);
        Assert.Equal(CaseError.WrongState, (await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None)).Error);
    }

    [Fact]
    public async Task Release_ClaimedCase_EndsReleasedAndTheBotAnswersAgain()
    {
        using var world = new CaseWorld();
        var e = world.Open("unresolved");
        await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None);

        var result = await world.Service.ReleaseAsync(e.Id, CaseWorld.Reviewer(), "转给法律援助", CancellationToken.None);

        Assert.Equal(EscalationStatus.Released, result.Case!.Status);
        Assert.Equal(ConversationState.Bot, world.Store.Find(e.ConversationId)!.State);
        Assert.Contains("交回给我", world.Channel.Sent.Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Take_ClaimedByAnother_RefusedForAReviewerAllowedForAnAdmin()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");
        await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer("lina"), CancellationToken.None);

        var reviewer = await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None);
        var admin = await world.Service.TakeAsync(e.Id, new StaffActor("boss", StaffRoles.Admin, "test"), CancellationToken.None);
        var curator = await world.Service.ReplyAsync(e.Id, new StaffActor("kb", StaffRoles.Curator, "test"), "hi", CancellationToken.None);

        Assert.Equal(CaseError.ClaimedByOther, reviewer.Error);
        Assert.True(admin.Ok);
        Assert.Equal("boss", admin.Case!.Assignee);
        Assert.Equal(CaseError.NotAllowed, curator.Error);
    }

    [Fact]
    public async Task Forget_ActiveCase_KeepsKindTimesAndNotesButNoChatAndRefusesReplies()
    {
        using var world = new CaseWorld();
        var e = world.Open("crisis");
        await world.Service.TakeAsync(e.Id, CaseWorld.Reviewer(), CancellationToken.None);

        world.Store.Forget(e.ConversationId);

        var kept = world.Service.Get(e.Id)!;
        Assert.Equal(string.Empty, kept.ConversationId);
        Assert.Equal(DeletionReason.Citizen, kept.DeletedBy);
        Assert.Equal(EscalationKind.Crisis, kept.Kind);
        Assert.Empty(world.Service.Transcript(e.Id, CaseWorld.Reviewer()));
        Assert.Equal(CaseError.CitizenDeleted, (await world.Service.ReplyAsync(e.Id, CaseWorld.Reviewer(), "您好", CancellationToken.None)).Error);
        Assert.True((await world.Service.ResolveAsync(e.Id, CaseWorld.Reviewer(), "市民已删除对话，结案", CancellationToken.None)).Ok);
    }

    [Fact]
    public void Purge_IdleConversation_UnlinksItsCasesAsRetention()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");
        world.Advance(TimeSpan.FromDays(181));

        Assert.Equal(1, world.Store.Purge(180));

        var kept = world.Service.Get(e.Id)!;
        Assert.Equal(string.Empty, kept.ConversationId);
        Assert.Equal(DeletionReason.Retention, kept.DeletedBy);
    }

    [Fact]
    public async Task Escalate_SecondRiskInTheSameChat_RaisesTheActiveCaseInsteadOfOpeningAnother()
    {
        using var world = new CaseWorld();
        var first = world.Open("human-request");
        await world.Service.TakeAsync(first.Id, CaseWorld.Reviewer(), CancellationToken.None);

        var raised = world.Store.Escalate(first.ConversationId, EscalationKind.Crisis);

        Assert.Equal(first.Id, raised.Id);
        Assert.Equal(EscalationKind.Crisis, raised.Kind);
        Assert.Equal(1, raised.Priority);
        Assert.Equal(2, raised.Alerts);
        Assert.Equal(EscalationStatus.Claimed, raised.Status);
    }

    [Fact]
    public async Task DraftFaq_ResolvedCase_HoldsTheMaskedQuestionAndTheStaffAnswer()
    {
        using var world = new CaseWorld();
        var e = world.Open("human-request");
        await world.Service.ReplyAsync(e.Id, CaseWorld.Reviewer(), "欠薪先向劳动保障监察投诉。", CancellationToken.None);
        Assert.Null(world.Service.DraftFaq(e.Id, CaseWorld.Reviewer()));
        await world.Service.ResolveAsync(e.Id, CaseWorld.Reviewer(), null, CancellationToken.None);

        var draft = world.Service.DraftFaq(e.Id, CaseWorld.Reviewer())!;

        Assert.Equal($"faq/case-{e.Id}", draft.SuggestedId);
        Assert.Contains("老板拖欠工资", draft.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", draft.Question, StringComparison.Ordinal);
        Assert.Contains("劳动保障监察", draft.Answer, StringComparison.Ordinal);
        Assert.Equal("draft", Assert.Single(world.Service.FaqDrafts()).Status);
    }
}
