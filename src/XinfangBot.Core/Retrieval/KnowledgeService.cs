using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Retrieval;

/// <summary>
/// Keeps the current <see cref="KnowledgeBase"/>: imports the knowledge folder into LiteDB on first use (when enabled),
/// builds the snapshot from LiteDB, and replaces it whole when the store's version moves (a change in this process, or
/// one made by another process on the same file, seen by <see cref="KnowledgeWatcher"/>). A snapshot that fails its
/// checks never replaces the last good one; replaced snapshots are disposed once readers had time to finish.
/// </summary>
public sealed partial class KnowledgeService : IDisposable
{
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly KnowledgeStore _store;
    private readonly IKnowledgeRules _rules;
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeService> _logger;
    private readonly Lock _gate = new();
    private readonly Lock _buildGate = new();
    private readonly List<(KnowledgeBase Snapshot, long RetiredAt)> _retired = [];
    private KnowledgeBase? _current;
    private long _version = -1;
    private long _rejectedVersion = -1;

    private readonly string? _indexCache;
    private readonly string? _shippedIndex;

    public KnowledgeService(KnowledgeStore store, IKnowledgeRules rules, IOptions<KnowledgeOptions> options, ILogger<KnowledgeService> logger, IOptions<Storage.StorageOptions>? storage = null)
    {
        _indexCache = storage is null ? null
            : !string.IsNullOrWhiteSpace(storage.Value.IndexPath) ? Path.GetFullPath(storage.Value.IndexPath)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Value.DatabasePath)) ?? ".", "index");
        _shippedIndex = storage is null ? null : Storage.ShippedCaches.IndexFolder;
        _store = store;
        _rules = rules;
        _options = options.Value;
        _logger = logger;
        _store.Changed += (_, _) => Refresh();
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
                    // SmartCn's dictionaries load on another core while the import is checked and the index is read
                    // (once the rules are loaded, so the two loads' garbage does not pile up at once).
                    _ = KnowledgeIndex.PreloadSegmenter();

                    if (_options.ImportOnStart)
                    {
                        ImportFolderIfChanged(_options.ResolvedPath, "startup");
                    }

                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    var version = _store.Version();
                    var entries = _store.All();
                    var readMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    var problems = KnowledgeSnapshotCheck.Problems(entries);
                    foreach (var problem in problems)
                    {
                        LogProblem(_logger, problem.ToString());
                    }

                    LogSnapshotRead(_logger, entries.Count, readMs, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds - readMs);
                    var excluded = problems.Select(p => p.EntryId).ToHashSet(StringComparer.Ordinal);
                    _current = Build(entries.Where(e => !excluded.Contains(e.Id)).ToList());
                    _version = version;
                }

                return _current;
            }
        }
    }

    /// <summary>The store version the current snapshot was built from (-1 before the first build).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The checks a rejected version failed (empty when the last change was taken).</summary>
    public IReadOnlyList<SnapshotProblem> LastRejection { get; private set; } = [];

    /// <summary>Validates and imports <paramref name="folder"/>; broken files are rejected and their last good version kept.</summary>
    public ImportReport ImportFolder(string folder, string author) => Import(folder, author, skipWhenUnchanged: false)!;

    /// <summary>
    /// Start-up: as <see cref="ImportFolder"/>, except that when the last import was a clean one of the folder exactly as
    /// it is now (same <see cref="KnowledgeFolderFingerprint"/>), nothing is read or written and null is returned.
    /// </summary>
    public ImportReport? ImportFolderIfChanged(string folder, string author) => Import(folder, author, skipWhenUnchanged: true);

    private ImportReport? Import(string folder, string author, bool skipWhenUnchanged)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Taken before the files are read: a file changed while they are read leaves a fingerprint that no longer
        // matches, so the next start imports again instead of trusting an import of the older text.
        var fingerprint = KnowledgeFolderFingerprint.Compute(folder, _rules.Deadlines.Ids);
        if (skipWhenUnchanged && fingerprint is not null && _store.LastImportedFrom(fingerprint))
        {
            LogUnchanged(_logger, folder, fingerprint[..12], System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return null;
        }

        // Files citing a law whose file is broken now are checked against that law's last good version in the store.
        var lastGood = _store.All().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var read = KnowledgeFolderReader.Read(folder, _rules.Deadlines.Ids, lastGood);
        var parsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var report = _store.Import(read, author, folder, fingerprint);
        foreach (var error in read.Errors)
        {
            _logger.LogWarning("Knowledge file rejected: {Error}", error.ToString());
        }

        foreach (var conflict in report.Conflicts)
        {
            _logger.LogWarning("Knowledge import conflict: {Conflict}", conflict.ToString());
        }

        _logger.LogInformation("Knowledge import from {Folder}: {Report} (read {ParseMs:F0} ms, total {TotalMs:F0} ms)", folder, report.ToString(), parsed, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return report;
    }

    /// <summary>
    /// Rebuilds the snapshot when the store's version differs from the one in use; returns true when it was replaced.
    /// Runs on the caller's thread (the watcher, or whoever changed the store); answers keep using the old snapshot
    /// until the new one is swapped in. Does nothing before the first snapshot was asked for.
    /// </summary>
    public bool Refresh()
    {
        if (Volatile.Read(ref _current) is null)
        {
            return false;
        }

        lock (_buildGate)
        {
            var version = _store.Version();
            if (version == Version || version == _rejectedVersion)
            {
                return false;
            }

            var entries = _store.All();
            var problems = KnowledgeSnapshotCheck.Problems(entries);
            if (problems.Count > 0)
            {
                _rejectedVersion = version;
                LastRejection = problems;
                foreach (var problem in problems)
                {
                    LogRejected(_logger, version, problem.ToString());
                }

                return false;
            }

            var fresh = Build(entries, Volatile.Read(ref _current));
            lock (_gate)
            {
                _retired.Add((_current!, Environment.TickCount64));
                Volatile.Write(ref _current, fresh);
                Interlocked.Exchange(ref _version, version);
            }

            LastRejection = [];
            LogSwapped(_logger, version, fresh.Count);
            return true;
        }
    }

    /// <summary>Disposes replaced snapshots that no answer can still be using.</summary>
    public void DisposeRetired(bool all = false)
    {
        List<KnowledgeBase> done;
        lock (_gate)
        {
            var cutoff = Environment.TickCount64 - (long)RetireAfter.TotalMilliseconds;
            done = _retired.Where(r => all || r.RetiredAt < cutoff).Select(r => r.Snapshot).ToList();
            _retired.RemoveAll(r => done.Contains(r.Snapshot));
        }

        foreach (var snapshot in done)
        {
            snapshot.Dispose();
        }
    }

    private KnowledgeBase Build(IReadOnlyList<KnowledgeEntry> entries, KnowledgeBase? previous = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var kb = new KnowledgeBase(entries, _rules.Vocabulary, _rules.StopWords, _indexCache, previous, _shippedIndex);
        _logger.LogInformation("Knowledge index built: {Count} published entries in {Ms:F0} ms", kb.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return kb;
    }

    public void Dispose()
    {
        DisposeRetired(all: true);
        _current?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge import from {Folder} skipped: unchanged since the last import (fingerprint {Fingerprint}, checked in {Ms:F0} ms)")]
    private static partial void LogUnchanged(ILogger logger, string folder, string fingerprint, double ms);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Knowledge snapshot: {Count} entries read from the database in {ReadMs:F0} ms, checked in {CheckMs:F0} ms")]
    private static partial void LogSnapshotRead(ILogger logger, int count, double readMs, double checkMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge version {Version} in use: {Count} published entries")]
    private static partial void LogSwapped(ILogger logger, long version, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge version {Version} rejected, the last good knowledge stays in use: {Problem}")]
    private static partial void LogRejected(ILogger logger, long version, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge entry left out of the snapshot: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
