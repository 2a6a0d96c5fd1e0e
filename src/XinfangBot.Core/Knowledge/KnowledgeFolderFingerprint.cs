using System.Security.Cryptography;
using System.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// A content fingerprint of what a folder import reads: every <c>*.md</c> file of laws/, guides/ and faq/ (name and
/// bytes), the deadline ids files are validated against, and this assembly's build (the parser and validator). Stored
/// with a clean import; a start whose folder has the same fingerprint skips reading it again. Where the folder lies is
/// not part of it (since session 16): two folders with the same files import the same way, and the database seeded at
/// build time (<see cref="Storage.ShippedCaches"/>) is recognised wherever the program is installed.
/// </summary>
public static class KnowledgeFolderFingerprint
{
    private static readonly string[] Folders = ["laws", "guides", "faq"];

    /// <summary>The fingerprint of <paramref name="folder"/> as it is now, or null when it cannot be read whole.</summary>
    public static string? Compute(string folder, IReadOnlyCollection<string>? knownDeadlines)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Append(hash, "v2");
            Append(hash, typeof(KnowledgeFolderFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            foreach (var id in (knownDeadlines ?? []).Order(StringComparer.Ordinal))
            {
                Append(hash, "deadline:" + id);
            }

            var buffer = new byte[81920];
            foreach (var sub in Folders)
            {
                var dir = Path.Combine(folder, sub);
                if (!Directory.Exists(dir))
                {
                    Append(hash, "no folder:" + sub);
                    continue;
                }

                // The same files, in the same order, as KnowledgeFolderReader reads.
                foreach (var path in Directory.EnumerateFiles(dir, "*.md").Order(StringComparer.Ordinal))
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
                    Append(hash, "file:" + sub + "/" + Path.GetFileName(path) + ":" + stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                    }
                }
            }

            return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: no fingerprint, so the import reads the folder and reports what it finds.
            return null;
        }
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
