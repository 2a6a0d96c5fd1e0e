using XinfangBot.Core.Knowledge;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;

namespace XinfangBot.Telegram.Rendering;

/// <summary>The inline keyboards the bot offers: follow-ups, 有用/没用/转人工, guide follow-ups, the /forget confirmation.</summary>
internal static class Keyboards
{
    private const int MaxFollowups = 4;

    /// <summary>Follow-up questions (one a row), then 有用/没用/转人工 where the reply is an answer the citizen can rate.</summary>
    public static Keyboard? ForAnswer(long replyMessageId, IReadOnlyList<string> followups, string? mode, ButtonTexts buttons)
    {
        var rows = followups.Take(MaxFollowups)
            .Select((q, i) => (IReadOnlyList<Button>)[new Button(q, CallbackRequest.Followup(replyMessageId, i).Format())])
            .ToList();
        IReadOnlyList<Button> last = mode switch
        {
            null or "answer" =>
            [
                new Button(buttons.Useful, CallbackRequest.Feedback(replyMessageId, true).Format()),
                new Button(buttons.Useless, CallbackRequest.Feedback(replyMessageId, false).Format()),
                new Button(buttons.Human, CallbackRequest.Human().Format()),
            ],
            "clarify" or "scope" => [new Button(buttons.Human, CallbackRequest.Human().Format())],
            _ => [],
        };
        rows.Add(last);
        return Keyboard.Of(rows);
    }

    public static Keyboard? ForGuide(KnowledgeEntry entry, ButtonTexts buttons)
    {
        var rows = entry.Followups.Take(MaxFollowups)
            .Select((q, i) => (IReadOnlyList<Button>)[new Button(q, CallbackRequest.GuideFollowup(entry.Id, i).Format())])
            .ToList();
        rows.Add([new Button(buttons.Back, CallbackRequest.Roadmap().Format())]);
        return Keyboard.Of(rows);
    }

    public static Keyboard Forget(ButtonTexts buttons) => new(
    [
        [new Button(buttons.ForgetConfirm, CallbackRequest.Forget(true).Format()), new Button(buttons.ForgetCancel, CallbackRequest.Forget(false).Format())],
    ]);
}
