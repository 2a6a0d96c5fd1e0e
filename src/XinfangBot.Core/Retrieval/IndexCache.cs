using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// The on-disk cache of the search index: one folder per fingerprint of everything the index is built from (published
/// entries, vocabulary, format), so a start with unchanged knowledge reopens it instead of rebuilding.
/// </summary>
internal static class IndexCache
{
    /// <summary>A short hex digest of the entries and vocabulary the index is built from.</summary>
    public static string Fingerprint(IReadOnlyList<KnowledgeEntry> published, Vocabulary vocabulary)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes((text ?? string.Empty) + "\u0001"));
        Add("xinfangbot-index-v3");
        foreach (var e in published)
        {
            Add(e.Id);
            Add(e.Kind);
            Add(e.Title);
            Add(e.Summary);
            Add(e.Chapter);
            Add(e.Text);
            Add(string.Join(' ', e.Keywords));
            Add(string.Join('\n', e.Examples));
        }

        foreach (var group in vocabulary.Groups)
        {
            Add(group.Canonical);
            Add(string.Join(' ', group.Terms));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..20].ToLowerInvariant();
    }

    /// <summary>Deletes indexes of earlier knowledge versions (best effort: one still open elsewhere is left alone).</summary>
    public static void RemoveStale(string cacheFolder, string current)
    {
        foreach (var dir in System.IO.Directory.EnumerateDirectories(cacheFolder))
        {
            if (dir == current || System.IO.Directory.GetLastWriteTimeUtc(dir) > DateTime.UtcNow.AddMinutes(-10))
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
