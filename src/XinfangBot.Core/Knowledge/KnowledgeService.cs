using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Keeps the current <see cref="KnowledgeBase"/>: imports the knowledge folder into LiteDB on first use (when enabled),
/// builds the index from LiteDB, and rebuilds it whenever the store reports a change.
/// </summary>
public sealed class KnowledgeService : IDisposable
{
    private readonly KnowledgeStore _store;
    private readonly RuleBook _rules;
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeService> _logger;
    private readonly Lock _gate = new();
    private KnowledgeBase? _current;

    private readonly string? _indexCache;

    public KnowledgeService(KnowledgeStore store, RuleBook rules, IOptions<KnowledgeOptions> options, ILogger<KnowledgeService> logger, IOptions<Storage.StorageOptions>? storage = null)
    {
        _indexCache = storage is null ? null
            : !string.IsNullOrWhiteSpace(storage.Value.IndexPath) ? Path.GetFullPath(storage.Value.IndexPath)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Value.DatabasePath)) ?? ".", "index");
        _store = store;
        _rules = rules;
        _options = options.Value;
        _logger = logger;
        _store.Changed += (_, _) => Rebuild();
    }

    public KnowledgeBase Current
    {
        get
        {
            var current = Volatile.Read(ref _current);
            if (current is not null)
            {
                return current;
            }

            lock (_gate)
            {
                if (_current is null)
                {
                    if (_options.ImportOnStart)
                    {
                        ImportFolder(_options.ResolvedPath, "startup");
                    }

                    _current ??= Build();
                }

                return _current;
            }
        }
    }

    /// <summary>Validates and imports <paramref name="folder"/>; broken files are rejected and their last good version kept.</summary>
    public ImportReport ImportFolder(string folder, string author)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Files citing a law whose file is broken now are checked against that law's last good version in the store.
        var lastGood = _store.All().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var read = KnowledgeFolderReader.Read(folder, _rules.Deadlines.Ids, lastGood);
        var parsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var report = _store.Import(read, author);
        foreach (var error in read.Errors)
        {
            _logger.LogWarning("Knowledge file rejected: {Error}", error.ToString());
        }

        _logger.LogInformation("Knowledge import from {Folder}: {Report} (read {ParseMs:F0} ms, total {TotalMs:F0} ms)", folder, report.ToString(), parsed, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return report;
    }

    private void Rebuild()
    {
        var fresh = Build();
        KnowledgeBase? old;
        lock (_gate)
        {
            old = _current;
            _current = fresh;
        }

        // Readers holding the old snapshot finish with it; the index is small and collected with it.
        _ = old;
    }

    private KnowledgeBase Build()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var entries = _store.All();
        var loaded = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var kb = new KnowledgeBase(entries, _rules.Vocabulary, _rules.StopWords, _indexCache);
        _logger.LogInformation("Knowledge index built: {Count} published entries in {Ms:F0} ms (LiteDB load {LoadMs:F0} ms)", kb.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, loaded);
        return kb;
    }

    public void Dispose() => _current?.Dispose();
}
