using System.Globalization;
using XinfangBot.Core.Storage;

namespace XinfangBot.Commands;

/// <summary>
/// <c>backup &lt;path&gt;</c>: a consistent copy of the LiteDB file while the bot runs (shared mode, the default), made
/// inside one read transaction, written 0600 and checked document for document. The README says how to restore it.
/// </summary>
internal sealed class BackupCommand(LiteDbProvider db) : ICommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var report = DatabaseBackup.Copy(db.Database, args[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"backup written: {report.Path} ({report.Collections} collections, {report.Documents} documents, {report.Indexes} indexes; checked)"));
        return Task.FromResult(0);
    }
}
