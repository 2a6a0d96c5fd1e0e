using Telegram.Bot;
using Telegram.Bot.Types;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>
/// The baseline of the throughput benchmark: a plain Telegram.Bot echo loop (getUpdates, then each text sent back quoting
/// it, 8 chats at once), against the same fake Bot API. It does nothing but the Bot API calls, so it shows what the
/// machine and the fake allow.
/// </summary>
public static class EchoBot
{
    public static async Task RunAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, baseUrl));
        var offset = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        while (!cancellationToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, 100, 1, cancellationToken: cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                // One chat's messages in order, chats side by side.
                await Parallel.ForEachAsync(updates.Where(u => u.Message?.Text is not null).GroupBy(u => u.Message!.Chat.Id), parallel, async (chat, ct) =>
                {
                    foreach (var update in chat)
                    {
                        await client.SendMessage(update.Message!.Chat.Id, update.Message.Text!, replyParameters: update.Message.Id, cancellationToken: ct);
                    }
                });
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (updates.Length > 0)
            {
                offset = updates[^1].Id + 1;
            }
        }
    }
}
