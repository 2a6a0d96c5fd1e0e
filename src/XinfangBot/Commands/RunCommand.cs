using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Storage;
using XinfangBot.Telegram;

namespace XinfangBot.Commands;

/// <summary>
/// <c>run</c> (default): the hosted worker. With a Telegram token it runs every enabled channel until stopped; without
/// one it says so in one line and opens the terminal chat, so the bot works offline on its embedded defaults.
/// </summary>
internal sealed class RunCommand(IOptions<TelegramOptions> telegram)
{
    public async Task<int> RunAsync(IHost host, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!telegram.Value.IsConfigured)
        {
            await Console.Error.WriteLineAsync("Telegram 未配置：设置环境变量 Telegram__BotToken=<BotFather 给的令牌> 即可连接 Telegram；现在打开终端对话。");
            await host.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellationToken);
            return await host.Services.GetRequiredService<ChatCommand>().RunAsync(args, cancellationToken);
        }

        // Configuration the worker would only meet later fails start-up now, naming the key (exit 3): the database,
        // the knowledge folders (rules are loaded; the import itself never fails start-up) and the bot token (a 401 from Telegram is not a reason to run without answering anyone).
        await host.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellationToken);
        _ = host.Services.GetRequiredService<LiteDbProvider>().Database;
        _ = host.Services.GetRequiredService<RuleBook>();
        if (await TokenRejectedAsync(host.Services.GetRequiredService<ITelegramBotClient>(), cancellationToken) is { } code)
        {
            await Console.Error.WriteLineAsync($"配置错误 (configuration error): Telegram:BotToken was rejected by Telegram ({code}); check the token from BotFather (env Telegram__BotToken).");
            return 3;
        }

        await host.RunAsync(cancellationToken);

        // A worker that stopped the program for a configuration error (e.g. Telegram rejected the token) set the code.
        return Environment.ExitCode;
    }

    /// <summary>The error code when Telegram refuses the token (401/404); null when it is accepted or Telegram is unreachable now (the worker retries).</summary>
    private static async Task<int?> TokenRejectedAsync(ITelegramBotClient client, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await client.GetMe(timeout.Token);
            return null;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            return ex.ErrorCode;
        }
        catch (Exception ex) when (ex is ApiRequestException or RequestException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
