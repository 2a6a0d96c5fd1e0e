using LiteDB;

namespace XinfangBot.Core.Storage;

/// <summary>
/// A consistent copy of the database while the bot runs: every collection and index is copied inside one read
/// transaction (in shared mode the transaction holds LiteDB's file lock, so no write lands half-way), into a new file
/// created 0600, which is then checkpointed and read back to check that every document arrived.
/// </summary>
public static class DatabaseBackup
{
    public sealed record Report(string Path, int Collections, long Documents, int Indexes);

    public static Report Copy(LiteDatabase source, string targetPath)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (File.Exists(targetPath) || Directory.Exists(targetPath))
        {
            throw new IOException($"{targetPath} already exists; a backup never overwrites a file");
        }

        var target = DatabaseFile.Prepare(targetPath);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var indexes = 0;
        using (var copy = new LiteDatabase(new ConnectionString { Filename = target, Connection = ConnectionType.Direct }))
        {
            source.BeginTrans();
            try
            {
                foreach (var name in source.GetCollectionNames().Order(StringComparer.Ordinal))
                {
                    var documents = source.GetCollection(name).FindAll().ToList();
                    copy.GetCollection(name).InsertBulk(documents);
                    counts[name] = documents.Count;
                }

                using var reader = source.Execute("SELECT $ FROM $indexes");
                while (reader.Read())
                {
                    var index = reader.Current.AsDocument;
                    var name = index["name"].AsString;
                    if (name != "_id" && counts.ContainsKey(index["collection"].AsString))
                    {
                        copy.GetCollection(index["collection"].AsString).EnsureIndex(name, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
                        indexes++;
                    }
                }
            }
            finally
            {
                source.Rollback();
            }

            copy.Checkpoint();
        }

        using (var check = new LiteDatabase(new ConnectionString { Filename = target, Connection = ConnectionType.Direct, ReadOnly = true }))
        {
            foreach (var (name, count) in counts)
            {
                var found = check.GetCollection(name).LongCount();
                if (found != count)
                {
                    throw new InvalidDataException($"backup check failed: {name} has {found} documents in the copy, {count} in the database");
                }
            }
        }

        return new Report(target, counts.Count, counts.Values.Sum(), indexes);
    }
}
