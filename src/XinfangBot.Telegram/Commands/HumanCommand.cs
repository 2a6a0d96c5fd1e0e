using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Conversations;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Commands;

/// <summary>
/// <c>/human</c>: hands the engine the phrase its triage reads as a request for a person, so the conversation waits for
/// a person, an escalation case is opened, the admin chat is told, and the citizen hears what happens next.
/// </summary>
internal sealed class HumanCommand(QuestionFlow questions, TelegramTexts texts) : IChatCommand
{
    public string Name => "human";

    public Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken) =>
        questions.AnswerAsync(inbound, texts.HumanRequestText, leadHtml: null, humanCommand: true, cancellationToken);
}
