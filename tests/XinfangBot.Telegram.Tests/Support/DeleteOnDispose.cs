namespace XinfangBot.Telegram.Tests.Support;

/// <summary>Deletes a test's LiteDB file (and its log file) when the test ends.</summary>
public sealed class DeleteOnDispose(string path) : IDisposable
{
    public string Path => path;

    public void Dispose() => BotHost.DeleteDatabase(path);
}
