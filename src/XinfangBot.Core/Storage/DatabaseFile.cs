namespace XinfangBot.Core.Storage;

/// <summary>
/// Prepares the database file before LiteDB opens it: its folder is created readable by the owner only (0700), the
/// file itself is created 0600 (and tightened to 0600 when found looser), and a path that is a folder or cannot be
/// written is refused with a message naming <c>Storage:DatabasePath</c>.
/// </summary>
internal static class DatabaseFile
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>LiteDB's log file beside a database file (<c>x.db</c> → <c>x-log.db</c>).</summary>
    internal static string LogFile(string database) =>
        Path.Combine(Path.GetDirectoryName(database) ?? ".", Path.GetFileNameWithoutExtension(database) + "-log" + Path.GetExtension(database));

    /// <param name="seed">Called when no database file exists yet; puts one at the given full path and returns true
    /// (the database seeded at build time, <see cref="DatabaseSeed"/>), or returns false and an empty one is created.</param>
    public static string Prepare(string configuredPath, Func<string, bool>? seed = null)
    {
        var path = Path.GetFullPath(configuredPath);
        if (Directory.Exists(path))
        {
            throw new StorageConfigurationException($"Storage:DatabasePath is a folder, not a file: {path}");
        }

        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, OwnerFolder);
                }
            }

            if (File.Exists(path))
            {
                // Opening for writing proves the file is not read-only before LiteDB fails half-way.
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
                {
                }
            }
            else if (seed?.Invoke(path) != true || !File.Exists(path))
            {
                // An empty new database, unless the seed put the build's copy in place (owner-only, renamed into place).
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = OwnerFile;
                }

                using (new FileStream(path, options))
                {
                }
            }

            if (!OperatingSystem.IsWindows())
            {
                Tighten(path);
                Tighten(LogFile(path));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageConfigurationException($"Storage:DatabasePath cannot be written: {path} ({ex.Message})", ex);
        }

        return path;
    }

    private static void Tighten(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file) && (File.GetUnixFileMode(file) & ~OwnerFile) != 0)
        {
            File.SetUnixFileMode(file, OwnerFile);
        }
    }
}
