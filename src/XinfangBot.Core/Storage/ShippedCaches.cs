namespace XinfangBot.Core.Storage;

/// <summary>
/// Caches prepared when the program is built in Release (folder <c>caches/</c> beside it, made by running the built
/// program once on the shipped knowledge and rules): the search index of the shipped knowledge, the safety model's
/// weights and the safety lexicon's "built whole" marker. Every one of them is named by a fingerprint of what it was
/// made from (content, code build, runtime), so one whose inputs differ here is simply never found and the work is done
/// as before. A fresh database then starts like a warm one. Read-only: nothing here is ever written at run time.
/// Since session 16 also the database of that run (<c>knowledge.db</c>: the shipped knowledge imported at start-up, as a
/// fresh start would, with the build's time on its first revisions), copied in place of a database file that does not
/// exist yet when the fingerprint stored with its import equals the configured knowledge folder's.
/// </summary>
public static class ShippedCaches
{
    /// <summary>The folder name beside the program.</summary>
    public const string FolderName = "caches";

    /// <summary>Where the shipped caches are: <c>caches/</c> beside the program.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>The shipped index folder (one sub-folder per index fingerprint, as in <c>Storage:IndexPath</c>).</summary>
    public static string IndexFolder => Path.Combine(Folder, "index");

    /// <summary>The database seeded at build time: the shipped knowledge imported by the build's own start (used by
    /// <c>Knowledge.KnowledgeSeed</c>).</summary>
    public static string KnowledgeDatabase => Path.Combine(Folder, "knowledge.db");

    /// <summary>
    /// Copies the shipped safety model weights and lexicon markers that <paramref name="modelCache"/> (the database's
    /// folder) lacks, each through a temporary file renamed into place, so the rule book finds them as a later start
    /// would. Files already there are left alone; a copy that fails is skipped (the rule book then trains or builds as
    /// before, and the weights file's own checksum still guards what is read). Returns how many files were copied.
    /// </summary>
    public static int SeedModelCache(string shippedFolder, string modelCache)
    {
        if (!Directory.Exists(shippedFolder))
        {
            return 0;
        }

        var copied = 0;
        foreach (var source in Directory.EnumerateFiles(shippedFolder, "xinfangbot.safety-*"))
        {
            var name = Path.GetFileName(source);
            if (!name.EndsWith(".weights", StringComparison.Ordinal) && !name.EndsWith(".checked", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(modelCache, name);
            if (File.Exists(target))
            {
                continue;
            }

            var temp = target + ".tmp-" + Guid.NewGuid().ToString("N");
            try
            {
                Directory.CreateDirectory(modelCache);
                File.Copy(source, temp);
                if (!OperatingSystem.IsWindows())
                {
                    // Shipped readable by all; beside the database, owner-only like every file the program writes there.
                    File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                File.Move(temp, target, overwrite: false);
                copied++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                }
            }
        }

        return copied;
    }
}
