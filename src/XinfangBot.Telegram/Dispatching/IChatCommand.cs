using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Dispatching;

/// <summary>One slash command (<c>/start</c>, <c>/help</c>, …).</summary>
internal interface IChatCommand
{
    /// <summary>The command name without the slash, lower case.</summary>
    string Name { get; }

    Task ExecuteAsync(Inbound inbound, CancellationToken cancellationToken);
}
