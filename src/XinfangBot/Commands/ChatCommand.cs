using XinfangBot.Core.Conversations;

namespace XinfangBot.Commands;

/// <summary>
/// <c>chat</c>: a conversation in the terminal through the same pipeline, recorded in LiteDB like any other channel.
/// /reset starts a new conversation, /help shows what to ask, /quit ends (so does end of input).
/// </summary>
internal sealed class ChatCommand(ConversationService conversations, RetentionWorker retention) : ICommand
{
    public const string Channel = "terminal";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        retention.PurgeNow();
        var chatId = $"{Environment.UserName}-{Guid.NewGuid():N}"[..24];
        var interactive = !Console.IsInputRedirected;
        await Console.Out.WriteLineAsync("信访与法律途径指引（离线）。直接输入你的问题；/help 帮助，/reset 重新开始，/quit 退出。");
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
                    await Console.Out.WriteLineAsync("已重新开始对话。");
                    continue;
                case "/help":
                    line = "你能做什么";
                    break;
            }

            var handled = await conversations.AnswerAsync(new IncomingMessage(Channel, chatId, line), alsoRecord: null, cancellationToken);
            if (handled.Reply is not null)
            {
                await Console.Out.WriteLineAsync("\n" + handled.Reply);
                if (handled.Followups.Count > 0)
                {
                    await Console.Out.WriteLineAsync("\n你还可以问：" + string.Join(" / ", handled.Followups));
                }

                conversations.Delivered(handled.ReplyMessageId!.Value);
            }
            else if (handled.HeldByHuman)
            {
                await Console.Out.WriteLineAsync("（已记录，工作人员会在这里回复你。）");
            }
        }

        return 0;
    }
}
