using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;

namespace XinfangBot.Telegram.Rendering;

/// <summary>The inline keyboards the bot offers: follow-ups, 有用/没用/转人工, guide follow-ups, the /forget confirmation.</summary>
internal static class Keyboards
{
    private const int MaxFollowups = 4;

    /// <summary>
    /// Follow-up questions (one a row), then 有用/没用/转人工 where the reply is an answer the citizen can rate (offline or
    /// phrased by the LLM), 转人工 alone where the bot could not place the message, nothing where a person is already called.
    /// </summary>
    public static Keyboard? ForAnswer(long replyMessageId, IReadOnlyList<string> followups, AnswerMode? mode, ButtonTexts buttons)
    {
        var rows = followups.Take(MaxFollowups)
            .Select((q, i) => (IReadOnlyList<Button>)[new Button(q, CallbackRequest.Followup(replyMessageId, i).Format())])
            .ToList();
        // No mode (a caller that does not know it) offers the full row, as for an answer.
        IReadOnlyList<Button> last = (mode ?? AnswerMode.Answer) switch
        {
            AnswerMode.Answer or AnswerMode.AnswerLlm =>
            [
                new Button(buttons.Useful, CallbackRequest.Feedback(replyMessageId, true).Format()),
                new Button(buttons.Useless, CallbackRequest.Feedback(replyMessageId, false).Format()),
                new Button(buttons.Human, CallbackRequest.Human().Format()),
            ],
            AnswerMode.Clarify or AnswerMode.Scope => [new Button(buttons.Human, CallbackRequest.Human().Format())],
            AnswerMode.Crisis or AnswerMode.Threat or AnswerMode.Human or AnswerMode.Unresolved or AnswerMode.Greeting or AnswerMode.Help
                or AnswerMode.Thanks or AnswerMode.Empty or AnswerMode.Error => [],
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
