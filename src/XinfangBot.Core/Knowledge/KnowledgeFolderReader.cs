using System.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>Reads every knowledge file under a folder (laws/, guides/, faq/) and validates them as a set.</summary>
public static class KnowledgeFolderReader
{
    private static readonly string[] Folders = ["laws", "guides", "faq"];

    public static KnowledgeReadResult Read(string folder, IReadOnlyCollection<string>? knownDeadlines = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Knowledge folder not found: {folder} (configuration key Knowledge:Path)");
        }

        var files = new List<KnowledgeFile>();
        var errors = new List<KnowledgeError>();
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
                var raw = ReadUtf8(path, relative, errors);
                if (raw is null)
                {
                    continue;
                }

                var (file, fileErrors) = KnowledgeFileParser.Parse(relative, raw);
                errors.AddRange(fileErrors);
                if (file is not null)
                {
                    files.Add(file);
                }
            }
        }

        var (accepted, setErrors) = KnowledgeSetValidator.Validate(files, knownDeadlines);
        errors.AddRange(setErrors);
        return new KnowledgeReadResult(accepted, errors);
    }

    private static string? ReadUtf8(string path, string relative, List<KnowledgeError> errors)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new KnowledgeError(relative, 1, "not valid UTF-8 text"));
            return null;
        }
    }
}

/// <summary>The files that passed validation, and every error found (files with errors are not in <see cref="Files"/>).</summary>
public sealed record KnowledgeReadResult(IReadOnlyList<KnowledgeFile> Files, IReadOnlyList<KnowledgeError> Errors)
{
    public IEnumerable<KnowledgeEntry> Entries => Files.SelectMany(f => f.Entries);
}
