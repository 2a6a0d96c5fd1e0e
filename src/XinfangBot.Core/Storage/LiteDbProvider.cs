using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace XinfangBot.Core.Storage;

/// <summary>
/// Owns the one <see cref="LiteDatabase"/> of this process, opened once. LiteDB's direct mode takes no lock on Linux, so
/// the provider takes the process lock (<see cref="DatabaseLock"/>) as it is created: a second process on the same file
/// waits up to Storage:LockWaitSeconds, then stops with a message naming Storage:DatabasePath, and never corrupts it.
/// </summary>
public sealed partial class LiteDbProvider : IDisposable
{
    private readonly Lazy<LiteDatabase> _database;
    private readonly DatabaseLock _lock;

    public LiteDbProvider(IOptions<StorageOptions> options, ILogger<LiteDbProvider>? logger = null, DatabaseSeed? seed = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var path = Path.GetFullPath(settings.DatabasePath);
        // The lock file goes beside the database: its folder is created owner-only, as DatabaseFile.Prepare would; a path
        // that cannot hold a database is a configuration error naming Storage:DatabasePath.
        var folder = Path.GetDirectoryName(path);
        try
        {
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageConfigurationException($"Storage:DatabasePath cannot be written: {path} ({ex.Message})", ex);
        }

        _lock = DatabaseLock.Acquire(path, exclusive: settings.Connection != "shared", TimeSpan.FromSeconds(settings.LockWaitSeconds), lockPath =>
        {
            var message = $"数据库正被另一个进程使用，等待最多 {settings.LockWaitSeconds} 秒 (the database is in use by another process, e.g. the running bot: waiting for {lockPath})";
            if (logger is null)
            {
                Console.Error.WriteLine(message);
            }
            else
            {
                LogWaiting(logger, lockPath, settings.LockWaitSeconds);
            }
        });
        _database = new Lazy<LiteDatabase>(() => Open(settings, seed), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public LiteDatabase Database => _database.Value;

    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.RegisterType(
            serialize: value => new BsonValue(value.ToUniversalTime()),
            deserialize: bson => DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        mapper.RegisterType(
            serialize: value => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));

        StoredNames.Register(mapper);
        return mapper;
    }

    private static LiteDatabase Open(StorageOptions settings, DatabaseSeed? seed)
    {
        var path = DatabaseFile.Prepare(settings.DatabasePath, seed is null ? null : seed.TrySeed);
        var connection = new ConnectionString
        {
            Filename = path,
            Connection = settings.Connection == "shared" ? ConnectionType.Shared : ConnectionType.Direct,
        };
        try
        {
            return new LiteDatabase(connection, CreateMapper());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteException)
        {
            throw new StorageConfigurationException($"Storage:DatabasePath: cannot open the database {path}: {ex.Message}", ex);
        }
    }

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }

        _lock.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is in use by another process (e.g. the running bot): waiting up to {Seconds} s for {LockPath} (Storage:LockWaitSeconds)")]
    private static partial void LogWaiting(ILogger logger, string lockPath, int seconds);
}

/// <summary>
/// What a database file that does not exist yet may start from instead of an empty one (the knowledge imported at build
/// time, <c>Knowledge.KnowledgeSeed</c>): called with the database's full path, true when a file was put there.
/// </summary>
public sealed class DatabaseSeed(Func<string, bool> trySeed)
{
    public bool TrySeed(string path) => trySeed(path);
}
