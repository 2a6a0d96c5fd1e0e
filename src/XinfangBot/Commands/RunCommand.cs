using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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

        await host.RunAsync(cancellationToken);

        // A worker that stopped the program for a configuration error (e.g. Telegram rejected the token) set the code.
        return Environment.ExitCode;
    }
}
