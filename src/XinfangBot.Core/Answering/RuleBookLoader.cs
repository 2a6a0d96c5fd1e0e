using Microsoft.Extensions.Logging;
using XinfangBot.Core.Knowledge;
using YamlDotNet.Core;

namespace XinfangBot.Core.Answering;

/// <summary>
/// Loads the rules and reply templates, failing closed: a missing or invalid file stops start-up with every problem as
/// file:line (and the key it lacks). There is no fallback to another copy, so the bot never runs with crisis detection
/// or routing rules other than the ones configured; a broken edit is caught by <c>kb validate</c> and the tests first.
/// </summary>
public static partial class RuleBookLoader
{
    private static readonly string[] PromptFiles = ["answer.zh.yaml", "llm.zh.yaml", "telegram.zh.yaml", "terminal.zh.yaml", "understand.zh.yaml"];

    /// <summary>Every problem of the rules in <paramref name="rulesPath"/> and the templates in <paramref name="promptsPath"/>.</summary>
    public static IReadOnlyList<KnowledgeError> Check(string rulesPath, string promptsPath) => TryLoad(rulesPath, promptsPath).Errors;

    public static RuleBook Load(KnowledgeOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rules = options.RulesPath;
        var prompts = options.ResolvedPromptsPath;
        if (!Directory.Exists(options.ResolvedPath))
        {
            throw new DirectoryNotFoundException($"Knowledge:Path: folder not found: {options.ResolvedPath}");
        }

        if (!Directory.Exists(prompts))
        {
            throw new DirectoryNotFoundException($"Knowledge:PromptsPath: folder not found: {prompts}");
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (book, errors) = TryLoad(rules, prompts);
        if (book is not null)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                LogLoadTimes(logger, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    string.Join(", ", book.LoadTimes.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Part} {t.Took.TotalMilliseconds:F0} ms"))));
                LogLoadAllocations(logger, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)(1 << 20),
                    string.Join(", ", book.LoadAllocations.Select(a => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a.Part} {a.Bytes / (double)(1 << 20):F1}"))));
            }

            return book;
        }

        foreach (var error in errors)
        {
            LogBrokenRule(logger, error.ToString());
        }

        throw new InvalidDataException("rules or reply templates are broken (Knowledge:Path, Knowledge:PromptsPath): "
            + string.Join("; ", errors.Select(e => e.ToString())));
    }

    private static (RuleBook? Book, IReadOnlyList<KnowledgeError> Errors) TryLoad(string rulesPath, string promptsPath)
    {
        if (!Directory.Exists(rulesPath))
        {
            return (null, [new KnowledgeError(rulesPath, 1, "rules folder not found (configuration key Knowledge:Path)")]);
        }

        if (!Directory.Exists(promptsPath))
        {
            return (null, [new KnowledgeError(promptsPath, 1, "prompts folder not found (configuration key Knowledge:PromptsPath)")]);
        }

        var errors = new List<KnowledgeError>();
        foreach (var path in Directory.EnumerateFiles(rulesPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            CheckFile(path, "rules/" + Path.GetRelativePath(rulesPath, path).Replace('\\', '/'), errors);
        }

        foreach (var name in PromptFiles)
        {
            CheckFile(Path.Combine(promptsPath, name), "prompts/" + name, errors);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        try
        {
            return (new RuleBook(rulesPath, promptsPath), []);
        }
        catch (YamlException ex)
        {
            return (null, [new KnowledgeError("rules", (int)ex.Start.Line, ex.InnerException?.Message ?? ex.Message)]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, [Located(ex, rulesPath, promptsPath)]);
        }
    }

    /// <summary>
    /// A loader's exception as an error on the file it names (rules/aspects.yaml: 'time.words' must be …): loaders start
    /// their messages with the file's path, and a missing file is named by the exception.
    /// </summary>
    private static KnowledgeError Located(Exception ex, string rulesPath, string promptsPath)
    {
        foreach (var (folder, display) in new[] { (rulesPath, "rules/"), (promptsPath, "prompts/") })
        {
            var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
            var file = ex is FileNotFoundException { FileName: { } name } ? name
                : ex.Message.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? ex.Message[..colon] : null;
            if (file is not null && file.StartsWith(prefix, StringComparison.Ordinal))
            {
                var message = ex.Message.StartsWith(file + ": ", StringComparison.Ordinal) ? ex.Message[(file.Length + 2)..] : ex.Message;
                return new KnowledgeError(display + Path.GetRelativePath(folder, file).Replace('\\', '/'), 1, message);
            }
        }

        return new KnowledgeError(rulesPath, 1, $"{ex.GetType().Name}: {ex.Message}");
    }

    private static void CheckFile(string path, string display, List<KnowledgeError> errors)
    {
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            if (KnowledgeFileLimits.Check(path, display) is { } tooLarge)
            {
                errors.Add(tooLarge);
                return;
            }

            var text = KnowledgeFileLimits.ReadText(path);
            if (path.EndsWith(".yaml", StringComparison.Ordinal) && YamlGuard.Check(display, text) is { } yamlError)
            {
                errors.Add(yamlError);
            }
        }
        catch (System.Text.DecoderFallbackException)
        {
            errors.Add(new KnowledgeError(display, 1, "not valid UTF-8 text"));
        }
        catch (IOException ex)
        {
            errors.Add(new KnowledgeError(display, 1, "could not be read: " + ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            errors.Add(new KnowledgeError(display, 1, "could not be read: " + ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rules and templates loaded in {Milliseconds:F0} ms: {Parts}")]
    private static partial void LogLoadTimes(ILogger logger, double milliseconds, string parts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rules and templates allocated {Megabytes:F1} MiB while loading (MiB): {Parts}")]
    private static partial void LogLoadAllocations(ILogger logger, double megabytes, string parts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rules file rejected: {Error}")]
    private static partial void LogBrokenRule(ILogger logger, string error);
}
