using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Terminal;

namespace XinfangBot.Commands;

/// <summary>
/// <c>chat</c>: a conversation in the terminal through the same pipeline, recorded in LiteDB like any other channel.
/// /reset starts a new conversation, /help says what the bot does and lists the commands, /quit ends (so does end of
/// input). Staff cannot write to a terminal: a reply that alerted them, or a chat a person holds, says where a person
/// can be reached instead. An answer's suggested questions (or a clarifying question's choices) are numbered; typing a
/// number asks that one.
/// </summary>
internal sealed class ChatCommand(ConversationService conversations, RetentionWorker retention, TerminalTexts texts) : ICommand
{
    public const string Channel = "terminal";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        retention.PurgeNow();
        var chatId = $"{Environment.UserName}-{Guid.NewGuid():N}"[..24];
        var interactive = !Console.IsInputRedirected;
        IReadOnlyList<string> options = [];
        await Console.Out.WriteLineAsync(texts.Banner);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await Console.Out.WriteAsync("\n你> ");
            }

            var line = await Console.In.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            switch (line.Trim())
            {
                case "/reset":
                    conversations.Forget($"{Channel}:{chatId}");
                    chatId = $"{Environment.UserName}-{Guid.NewGuid():N}"[..24];
                    options = [];
                    await Console.Out.WriteLineAsync(texts.Reset);
                    continue;
                case "/help":
                    await Console.Out.WriteLineAsync(texts.Help);
                    continue;
                default:
                    line = TerminalTexts.Pick(line, options);
                    break;
            }

            var handled = await conversations.AnswerAsync(new IncomingMessage(Channel, chatId, line), alsoRecord: null, cancellationToken);
            // Numbers pick from the latest reply's list only: a chat held by a person shows none.
            options = handled.Reply is null ? [] : handled.Followups;
            if (handled.Reply is not null && handled.Answer?.Escalation == EscalationKind.HumanRequest)
            {
                // The engine's handover promises a reply here; a terminal can say only where a person is reached.
                await Console.Out.WriteLineAsync("\n" + texts.NoStaffHere);
                conversations.Delivered(handled.ReplyMessageId!.Value);
            }
            else if (handled.Reply is not null)
            {
                // A reply that alerted staff promises their answer here; this terminal says instead where a person is.
                await Console.Out.WriteLineAsync("\n" + (handled.Answer?.Escalation is null ? handled.Reply : texts.WithoutHerePromises(handled.Reply)));
                if (texts.Options(handled.Answer?.Mode, options) is { } numbered)
                {
                    await Console.Out.WriteLineAsync("\n" + numbered);
                }

                conversations.Delivered(handled.ReplyMessageId!.Value);
                if (handled.Answer?.Escalation is not null)
                {
                    // The case is recorded for staff, but nothing they write can reach this terminal.
                    await Console.Out.WriteLineAsync("\n" + texts.NoStaffHere);
                }
            }
            else if (handled.HeldByHuman)
            {
                await Console.Out.WriteLineAsync(texts.Held);
            }
        }

        return 0;
    }
}
