using XinfangBot.Telegram.Updates;

namespace XinfangBot.Telegram.Dispatching;

/// <summary>What one kind of inline button does. Every action answers the callback query exactly once.</summary>
internal interface ICallbackAction
{
    IReadOnlyCollection<CallbackKind> Kinds { get; }

    Task ExecuteAsync(Inbound inbound, CallbackRequest request, CancellationToken cancellationToken);
}
