namespace XinfangBot.Core.Storage;

/// <summary>
/// A lock file beside the database (<c>&lt;file&gt;.lock</c>) held for the life of the process. LiteDB's direct mode takes
/// no lock of its own on Linux, and two processes writing one file in direct mode corrupt it: a direct-mode process
/// holds the lock exclusively (flock LOCK_EX through <see cref="FileShare.None"/>), a shared-mode process holds it
/// shared, so any number of shared-mode processes may work together but never beside a direct-mode one. The kernel
/// releases the lock when the process dies, even on kill -9.
/// </summary>
internal sealed class DatabaseLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _stream;

    private DatabaseLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> while another process holds it (<paramref name="waiting"/> is
    /// told once); throws <see cref="InvalidDataException"/> naming Storage:DatabasePath when it stays taken.
    /// </summary>
    public static DatabaseLock Acquire(string databasePath, bool exclusive, TimeSpan wait, Action<string>? waiting = null)
    {
        var path = databasePath + ".lock";
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                var stream = exclusive
                    ? new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                    : new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
                return new DatabaseLock(stream, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new InvalidDataException(
                        $"Storage:DatabasePath: the database {databasePath} is in use by another process (a running bot holds {path}). " +
                        "Stop the bot, or run this command with the same Storage:Connection=shared as every other process (slower), " +
                        "or wait longer with --Storage:LockWaitSeconds N.");
                }

                if (!told)
                {
                    waiting?.Invoke(path);
                    told = true;
                }

                Thread.Sleep(Poll);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
