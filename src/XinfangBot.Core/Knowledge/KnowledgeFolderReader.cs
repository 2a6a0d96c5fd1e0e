using System.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>Reads every knowledge file under a folder (laws/, guides/, faq/) and validates them as a set.</summary>
public static class KnowledgeFolderReader
{
    private static readonly string[] Folders = ["laws", "guides", "faq"];

    public static KnowledgeReadResult Read(string folder, IReadOnlyCollection<string>? knownDeadlines = null, IReadOnlyDictionary<string, KnowledgeEntry>? lastGood = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Knowledge folder not found: {folder} (configuration key Knowledge:Path)");
        }

        var files = new List<KnowledgeFile>();
        var errors = new List<KnowledgeError>();
        var brokenLaws = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sub in Folders)
        {
            var dir = Path.Combine(folder, sub);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                var (file, fileErrors) = ReadOne(path, relative);
                errors.AddRange(fileErrors);
                if (file is not null)
                {
                    files.Add(file);
                }
                else if (sub == "laws")
                {
                    brokenLaws[Path.GetFileNameWithoutExtension(path)] = relative;
                }
            }
        }

        var (accepted, setErrors, heldBack) = KnowledgeSetValidator.Validate(files, knownDeadlines, lastGood, brokenLaws);
        errors.AddRange(setErrors);
        return new KnowledgeReadResult(accepted, errors, heldBack);
    }

    /// <summary>Reads and parses one file; nothing in a file's content can throw past this point.</summary>
    private static (KnowledgeFile? File, IReadOnlyList<KnowledgeError> Errors) ReadOne(string path, string relative)
    {
        try
        {
            if (KnowledgeFileLimits.Check(path, relative) is { } tooLarge)
            {
                return (null, [tooLarge]);
            }

            string raw;
            try
            {
                raw = KnowledgeFileLimits.ReadText(path);
            }
            catch (DecoderFallbackException)
            {
                return (null, [new KnowledgeError(relative, 1, "not valid UTF-8 text")]);
            }

            return KnowledgeFileParser.Parse(relative, raw);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, [new KnowledgeError(relative, 1, $"could not be read ({ex.GetType().Name}: {ex.Message})")]);
        }
    }
}

/// <summary>The files that passed validation, and every error found (files with errors are not in <see cref="Files"/>).</summary>
public sealed record KnowledgeReadResult(IReadOnlyList<KnowledgeFile> Files, IReadOnlyList<KnowledgeError> Errors, IReadOnlyList<string>? HeldBack = null)
{
    public IEnumerable<KnowledgeEntry> Entries => Files.SelectMany(f => f.Entries);
}
