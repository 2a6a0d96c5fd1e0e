using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Store;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// The on-disk cache of the search index: one folder per fingerprint of everything the index is built from (published
/// entries, vocabulary, the analyzer and the code that writes it), so a start with unchanged knowledge reopens it
/// instead of rebuilding. A folder counts only when its manifest (<see cref="ManifestName"/>, written last) names every
/// file with its SHA-256 and the files read back match it; anything else is rebuilt, never searched.
/// </summary>
internal static class IndexCache
{
    /// <summary>The manifest written once both parts are complete: "path sha256" per file, ordinal order.</summary>
    public const string ManifestName = "complete";

    /// <summary>The two parts of the index, each a folder of Lucene files.</summary>
    public static readonly string[] Parts = ["docs", "laws"];

    // What else decides the index's bytes and its segmentation: Lucene's and SmartCn's builds (the analyzer and its
    // dictionaries ship inside SmartCn's assembly) and this assembly's build (the fields written, the synonym expansion).
    private static readonly Lazy<string> Builder = new(() => string.Join(
        "\u0001",
        Identity(typeof(Lucene.Net.Index.IndexWriter).Assembly),
        Identity(typeof(Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer).Assembly),
        Identity(typeof(IndexCache).Assembly)));

    private static string Identity(System.Reflection.Assembly assembly) =>
        $"{assembly.GetName().Name}/{assembly.GetName().Version}/{assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>A short hex digest of the entries and vocabulary the index is built from.</summary>
    public static string Fingerprint(IReadOnlyList<KnowledgeEntry> published, Vocabulary vocabulary)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? string.Empty) + "\u0001"));
        Add("xinfangbot-index-v4");
        Add(Builder.Value);
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

    /// <summary>Writes the manifest of <paramref name="folder"/>'s parts (call once every file is written and closed).</summary>
    public static void WriteManifest(string folder)
    {
        var lines = new StringBuilder();
        foreach (var part in Parts)
        {
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(folder, part)).Order(StringComparer.Ordinal))
            {
                var name = part + "/" + Path.GetFileName(file);
                lines.Append(name).Append(' ').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
            }
        }

        File.WriteAllText(Path.Combine(folder, ManifestName), lines.ToString());
    }

    /// <summary>
    /// The parts of a cached index read into memory, or null when the folder has no manifest, a file is missing, extra
    /// or damaged (its bytes differ from the manifest's hash), or cannot be read. The bytes checked are the bytes used.
    /// In memory because searching a memory-mapped file clones its buffer slices for every term of every search; the
    /// index is small (well under a megabyte) and the copy holds the same index, so hits and scores are the same.
    /// </summary>
    public static (RAMDirectory Docs, RAMDirectory Laws)? TryRead(string folder)
    {
        try
        {
            var manifestPath = Path.Combine(folder, ManifestName);
            if (!File.Exists(manifestPath))
            {
                return null;
            }

            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadAllLines(manifestPath))
            {
                var space = line.LastIndexOf(' ');
                if (space <= 0 || !expected.TryAdd(line[..space], line[(space + 1)..]))
                {
                    return null;
                }
            }

            var read = new List<RAMDirectory>();
            foreach (var part in Parts)
            {
                var files = System.IO.Directory.GetFiles(Path.Combine(folder, part));
                if (files.Length == 0)
                {
                    return null;
                }

                var directory = new RAMDirectory();
                foreach (var file in files)
                {
                    var bytes = File.ReadAllBytes(file);
                    var name = part + "/" + Path.GetFileName(file);
                    if (!expected.Remove(name, out var hash) || !string.Equals(hash, Convert.ToHexString(SHA256.HashData(bytes)), StringComparison.Ordinal))
                    {
                        return null;
                    }

                    using var output = directory.CreateOutput(Path.GetFileName(file), IOContext.DEFAULT);
                    output.WriteBytes(bytes, bytes.Length);
                }

                read.Add(directory);
            }

            return expected.Count == 0 ? (read[0], read[1]) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Removes a folder, best effort (false when it could not be removed).</summary>
    public static bool TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Deletes indexes of earlier knowledge versions (best effort: one still open elsewhere is left alone).</summary>
    public static void RemoveStale(string cacheFolder, string current)
    {
        if (!System.IO.Directory.Exists(cacheFolder))
        {
            return;
        }

        foreach (var dir in System.IO.Directory.EnumerateDirectories(cacheFolder))
        {
            if (dir == current || System.IO.Directory.GetLastWriteTimeUtc(dir) > DateTime.UtcNow.AddMinutes(-10))
            {
                continue;
            }

            TryDelete(dir);
        }
    }
}
