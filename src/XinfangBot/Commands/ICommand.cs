namespace XinfangBot.Commands;

/// <summary>One verb of the main program (CONTRACTS §6). Returns the process exit code.</summary>
internal interface ICommand
{
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
