using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// The database seeded at build time (<see cref="Storage.ShippedCaches.KnowledgeDatabase"/>): the shipped knowledge
/// imported by the build's own run of the program, as a fresh start would import it. A database file that does not exist
/// yet starts from a copy of it when the configured knowledge folder has the fingerprint stored with that import.
/// </summary>
public static class KnowledgeSeed
{
    /// <summary>
    /// Puts a copy of <paramref name="shippedDatabase"/> at <paramref name="databasePath"/> when no database (nor its
    /// LiteDB log) is there yet and the knowledge import stored in the copy has exactly <paramref name="fingerprint"/>
    /// (the configured folder's <see cref="KnowledgeFolderFingerprint"/>: same files, deadline ids and parser
    /// build). The copy is checked first and renamed into place (0600), so a failed or mismatching copy leaves no file
    /// and the database is created empty and imported into as before. Returns true when the database was seeded.
    /// </summary>
    public static bool TrySeed(string shippedDatabase, string databasePath, string? fingerprint)
    {
        var path = Path.GetFullPath(databasePath);
        if (fingerprint is null || !File.Exists(shippedDatabase) || File.Exists(path) || File.Exists(DatabaseFile.LogFile(path)))
        {
            return false;
        }

        var temp = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileName(path) + ".seed-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            File.Copy(shippedDatabase, temp);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            string? stored;
            using (var copy = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = temp, Connection = LiteDB.ConnectionType.Direct }))
            {
                stored = KnowledgeStore.StoredFingerprint(copy);
            }

            if (!string.Equals(stored, fingerprint, StringComparison.Ordinal) || File.Exists(DatabaseFile.LogFile(temp)))
            {
                return false;
            }

            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            return false;
        }
        finally
        {
            foreach (var leftover in new[] { temp, DatabaseFile.LogFile(temp) })
            {
                try
                {
                    File.Delete(leftover);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
