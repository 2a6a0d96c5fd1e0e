using LiteDB;
using Microsoft.Extensions.Options;

namespace XinfangBot.Core.Storage;

/// <summary>Owns the one <see cref="LiteDatabase"/> of this process (LiteDB's direct mode takes no lock on Linux).</summary>
public sealed class LiteDbProvider : IDisposable
{
    private readonly Lazy<LiteDatabase> _database;

    public LiteDbProvider(IOptions<StorageOptions> options)
    {
        var settings = options.Value;
        _database = new Lazy<LiteDatabase>(() => Open(settings), LazyThreadSafetyMode.ExecutionAndPublication);
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
        return mapper;
    }

    private static LiteDatabase Open(StorageOptions settings)
    {
        var path = DatabaseFile.Prepare(settings.DatabasePath);
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
    }
}
