using System.Text.RegularExpressions;
using LiteDB;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Knowledge entries in LiteDB with revision history. Files are kept byte for byte so an export writes back exactly
/// what staff imported (with status changes applied to the front matter).
/// </summary>
public sealed partial class KnowledgeStore(LiteDbProvider db, TimeProvider time)
{
    private bool _revisionIndex;

    private ILiteCollection<BsonDocument> Entries => db.Database.GetCollection("kb_entries");
    private ILiteCollection<BsonDocument> Files => db.Database.GetCollection("kb_files");
    private ILiteCollection<BsonDocument> Revisions => db.Database.GetCollection("kb_revisions");
    private ILiteCollection<BsonDocument> State => db.Database.GetCollection("state");

    private const string VersionKey = "knowledge-version";
    private const string FingerprintKey = "knowledge-import-fingerprint";

    /// <summary>Raised after entries changed (import or status), so the index can be rebuilt.</summary>
    public event EventHandler? Changed;

    public IReadOnlyList<KnowledgeEntry> All() => Entries.FindAll().Select(EntryDocument.FromBson).ToList();

    public KnowledgeEntry? Get(string id)
    {
        var doc = Entries.FindById(id);
        return doc is null ? null : EntryDocument.FromBson(doc);
    }

    public int Count() => Entries.Count();

    public IReadOnlyList<KnowledgeRevision> History(string id)
    {
        Revisions.EnsureIndex("entry");
        var revisions = Revisions.Find(ByEntry(id))
            .Select(d => new KnowledgeRevision(
                d["entry"].AsString, d["number"].AsInt32, d["change"].AsString,
                d["previousText"].IsNull ? null : d["previousText"].AsString,
                d["previousStatus"].IsNull ? null : d["previousStatus"].AsString,
                d["newStatus"].IsNull ? null : d["newStatus"].AsString,
                DateTime.SpecifyKind(d["changed"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc),
                d["author"].AsString)
            {
                Text = d["text"].IsString ? d["text"].AsString : null,
                Raw = d["raw"].IsString ? d["raw"].AsString : null,
            })
            .OrderBy(r => r.Number)
            .ToList();

        // Revisions written before texts were kept per revision: the text after a change is the next one's previous text.
        for (var i = 0; i < revisions.Count; i++)
        {
            if (revisions[i].Text is null)
            {
                var after = i + 1 < revisions.Count ? revisions[i + 1].PreviousText : Get(id)?.Text;
                revisions[i] = revisions[i] with { Text = after };
            }
        }

        return revisions;
    }

    /// <summary>A number that grows with every change to what citizens are answered from (all processes sharing the file see it).</summary>
    public long Version() => State.FindById(VersionKey)?["value"].AsInt64 ?? 0;

    /// <summary>
    /// Whether the last import was a clean one of a folder with this fingerprint. Then importing it again would change
    /// nothing: every file equals its stored baseline, and what staff changed in LiteDB since (statuses, edits, restores)
    /// is kept by an import of an unchanged file anyway.
    /// </summary>
    public bool LastImportedFrom(string fingerprint) =>
        State.FindById(FingerprintKey) is { } doc && doc["value"].IsString && string.Equals(doc["value"].AsString, fingerprint, StringComparison.Ordinal);

    /// <summary>The fingerprint stored with the last clean import in <paramref name="database"/>, or null.</summary>
    internal static string? StoredFingerprint(LiteDatabase database) =>
        database.GetCollection("state").FindById(FingerprintKey) is { } doc && doc["value"].IsString ? doc["value"].AsString : null;

    /// <summary>The published guides and FAQs that cite <paramref name="id"/> (it cannot be unpublished while they do).</summary>
    public IReadOnlyList<string> CitedBy(string id) =>
        All().Where(e => e.IsPublished && e.Kind != EntryKind.Law && e.Cites.Contains(id)).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>The stored text of a knowledge file (what an export writes), or null.</summary>
    public string? FileText(string path) => Files.FindById(path) is { } doc && !IsDeleted(doc) ? doc["raw"].AsString : null;

    /// <summary>
    /// Imports validated files. The folder is the reviewed form: a file unchanged since its last import leaves LiteDB
    /// alone (statuses and edits staff made since stay); a changed file is applied, unless LiteDB was edited since as
    /// well: then the newer side wins and the conflict is reported. A file deleted from the folder retires its entries
    /// (history kept). Files with errors are rejected and their stored version is kept. Idempotent.
    /// </summary>
    /// <param name="folder">Where the files were read, to compare their times with edits in LiteDB (null: LiteDB wins).</param>
    /// <param name="fingerprint">The folder's <see cref="KnowledgeFolderFingerprint"/> taken before it was read: kept with
    /// an import that had no error, held-back file or conflict, so a later start can tell that importing the same folder
    /// again would change nothing. Any other import (another folder, none given, a problem) clears it.</param>
    public ImportReport Import(KnowledgeReadResult read, string author, string? folder = null, string? fingerprint = null)
    {
        int added = 0, changed = 0, unchanged = 0, retired = 0;
        var conflicts = new List<ImportConflict>();
        var now = time.GetUtcNow().UtcDateTime;
        var rejected = read.Errors.Select(e => e.File).Concat(read.HeldBack ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var present = read.Files.Select(f => f.Path).Concat(rejected).ToHashSet(StringComparer.Ordinal);
        var database = db.Database;
        database.BeginTrans();
        try
        {
            Entries.EnsureIndex("file");
            foreach (var file in read.Files)
            {
                var stored = Files.FindById(file.Path);
                if (stored is not null && !IsDeleted(stored))
                {
                    var current = stored["raw"].AsString;
                    var baseline = Baseline(stored);
                    if (file.RawText == current)
                    {
                        if (baseline != current)
                        {
                            stored["imported"] = current;
                            Files.Update(stored);
                        }

                        unchanged += file.Entries.Count;
                        continue;
                    }

                    if (file.RawText == baseline)
                    {
                        // The folder has not changed since it was imported: what staff did in LiteDB since stays.
                        unchanged += file.Entries.Count;
                        continue;
                    }

                    if (baseline != current)
                    {
                        var edited = stored["edited"].IsDateTime ? DateTime.SpecifyKind(stored["edited"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc) : DateTime.MinValue;
                        var editor = stored["editor"].IsString ? stored["editor"].AsString : "?";
                        var fileTime = folder is null ? DateTime.MinValue : File.GetLastWriteTimeUtc(Path.Combine(folder, file.Path));
                        var folderWins = fileTime > edited;
                        conflicts.Add(new ImportConflict(file.Path, editor, edited, folderWins));
                        if (!folderWins)
                        {
                            unchanged += file.Entries.Count;
                            continue;
                        }
                    }
                }

                var previous = Entries.Find(ByFile(file.Path)).Select(EntryDocument.FromBson).ToDictionary(e => e.Id, StringComparer.Ordinal);
                var raw = file.Entries.Any(e => e.Kind != EntryKind.Law) ? file.RawText : null;
                foreach (var entry in file.Entries)
                {
                    if (!previous.Remove(entry.Id, out var old))
                    {
                        Entries.Upsert(EntryDocument.ToBson(entry));
                        AddRevision(entry.Id, "added", null, null, entry.Status, now, author, entry.Text, raw);
                        added++;
                    }
                    else if (EntryDocument.Differs(old, entry))
                    {
                        Entries.Upsert(EntryDocument.ToBson(entry));
                        AddRevision(entry.Id, "changed", old.Text, old.Status, entry.Status, now, author, entry.Text, raw);
                        changed++;
                    }
                    else
                    {
                        unchanged++;
                    }
                }

                foreach (var gone in previous.Values.Where(e => e.Status != EntryStatus.Retired))
                {
                    Entries.Upsert(EntryDocument.ToBson(gone with { Status = EntryStatus.Retired }));
                    AddRevision(gone.Id, "removed from file", gone.Text, gone.Status, EntryStatus.Retired, now, author, gone.Text, raw);
                    retired++;
                }

                Files.Upsert(new BsonDocument { ["_id"] = file.Path, ["raw"] = file.RawText, ["imported"] = file.RawText, ["updated"] = now, ["author"] = author });
            }

            // A file that was imported from the folder and is no longer there: its entries are retired, history kept.
            // (An empty read retires nothing: that is a wrong folder, not a deletion of everything.)
            if (present.Count > 0)
            {
                foreach (var doc in Files.FindAll().ToList())
                {
                    var path = doc["_id"].AsString;
                    if (present.Contains(path) || IsDeleted(doc) || (doc.ContainsKey("imported") && doc["imported"].IsNull))
                    {
                        continue;
                    }

                    foreach (var gone in Entries.Find(ByFile(path)).Select(EntryDocument.FromBson).Where(e => e.Status != EntryStatus.Retired).ToList())
                    {
                        Entries.Upsert(EntryDocument.ToBson(gone with { Status = EntryStatus.Retired }));
                        AddRevision(gone.Id, "file deleted", gone.Text, gone.Status, EntryStatus.Retired, now, author, gone.Text, null);
                        retired++;
                    }

                    doc["deleted"] = true;
                    doc["updated"] = now;
                    Files.Update(doc);
                }
            }

            if (added + changed + retired > 0)
            {
                BumpVersion();
            }

            if (fingerprint is not null && rejected.Count == 0 && conflicts.Count == 0)
            {
                State.Upsert(new BsonDocument { ["_id"] = FingerprintKey, ["value"] = fingerprint });
            }
            else
            {
                State.Delete(FingerprintKey);
            }

            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        var report = new ImportReport(added, changed, unchanged, retired, rejected, read.Errors) { Conflicts = conflicts };
        if (report.HasChanges)
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return report;
    }

    /// <summary>
    /// Writes a parsed guide or FAQ file as staff edited it outside the folder (a published draft, a restore): entries,
    /// revisions and the stored file text, in one transaction. The folder's last imported text stays the baseline, so a
    /// later import reports a conflict instead of silently overwriting this edit.
    /// </summary>
    internal void ApplyEdit(KnowledgeFile file, string author, string change)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var database = db.Database;
        database.BeginTrans();
        try
        {
            foreach (var entry in file.Entries)
            {
                var old = Get(entry.Id);
                Entries.Upsert(EntryDocument.ToBson(entry));
                AddRevision(entry.Id, old is null ? "added" : change, old?.Text, old?.Status, entry.Status, now, author, entry.Text, file.RawText);
            }

            var stored = Files.FindById(file.Path);
            var doc = new BsonDocument
            {
                ["_id"] = file.Path,
                ["raw"] = file.RawText,
                ["imported"] = stored is null || IsDeleted(stored) ? BsonValue.Null : Baseline(stored),
                ["updated"] = now,
                ["author"] = author,
                ["edited"] = now,
                ["editor"] = author,
            };
            Files.Upsert(doc);
            BumpVersion();
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>Changes an entry's status, records the revision and patches the stored file so an export carries it.</summary>
    public bool SetStatus(string id, string status, string author)
    {
        if (!EntryStatus.IsKnown(status))
        {
            throw new ArgumentException($"status must be draft, published or retired (got '{status}')", nameof(status));
        }

        var entry = Get(id);
        if (entry is null)
        {
            return false;
        }

        if (entry.Status == status)
        {
            return true;
        }

        var database = db.Database;
        database.BeginTrans();
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            Entries.Upsert(EntryDocument.ToBson(entry with { Status = status }));
            var file = Files.FindById(entry.File);
            string? raw = null;
            if (file is not null)
            {
                if (!file.ContainsKey("imported"))
                {
                    file["imported"] = file["raw"].AsString;
                }

                file["raw"] = entry.Kind == EntryKind.Law
                    ? PatchArticleStatus(file["raw"].AsString, entry.ArticleNumber, status)
                    : StatusLine().Replace(file["raw"].AsString, $"status: {status}", 1);
                file["edited"] = now;
                file["editor"] = author;
                Files.Upsert(file);
                raw = entry.Kind == EntryKind.Law ? null : file["raw"].AsString;
            }

            AddRevision(id, "status", entry.Text, entry.Status, status, now, author, entry.Text, raw);
            BumpVersion();

            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        Changed?.Invoke(this, EventArgs.Empty);
        return true;
    }

    /// <summary>Writes every stored file back under <paramref name="folder"/>; returns how many were written.</summary>
    public int Export(string folder)
    {
        var count = 0;
        foreach (var file in Files.FindAll().Where(f => !IsDeleted(f)))
        {
            var target = Path.Combine(folder, file["_id"].AsString);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = target + ".tmp";
            File.WriteAllText(temp, file["raw"].AsString, new System.Text.UTF8Encoding(false));
            File.Move(temp, target, overwrite: true);
            count++;
        }

        return count;
    }

    private static bool IsDeleted(BsonDocument file) => file["deleted"].IsBoolean && file["deleted"].AsBoolean;

    /// <summary>The folder text last imported for a file (files stored before baselines were kept: their stored text).</summary>
    private static string? Baseline(BsonDocument file) =>
        !file.ContainsKey("imported") ? file["raw"].AsString : file["imported"].IsString ? file["imported"].AsString : null;

    private void BumpVersion() => State.Upsert(new BsonDocument { ["_id"] = VersionKey, ["value"] = Version() + 1 });

    // Parameterized, so LiteDB parses and compiles each expression once per process: Query.EQ with the value inside the
    // text compiled a new expression for every entry (most of a first import's 2–5 s went there).
    private static BsonExpression ByEntry(string id) => BsonExpression.Create("entry = @0", id);

    private static BsonExpression ByFile(string path) => BsonExpression.Create("file = @0", path);

    private void AddRevision(string id, string change, string? previousText, string? previousStatus, string? newStatus, DateTime now, string author, string? text, string? raw)
    {
        if (!_revisionIndex)
        {
            Revisions.EnsureIndex("entry");
            _revisionIndex = true;
        }

        var number = Revisions.Count(ByEntry(id)) + 1;
        Revisions.Insert(new BsonDocument
        {
            ["entry"] = id,
            ["number"] = number,
            ["change"] = change,
            ["previousText"] = previousText,
            ["previousStatus"] = previousStatus,
            ["newStatus"] = newStatus,
            ["changed"] = now,
            ["author"] = author,
            ["text"] = text,
            ["raw"] = raw,
        });
    }

    private static string PatchArticleStatus(string raw, int article, string status)
    {
        var match = ArticleStatusLine().Match(raw);
        var map = new SortedDictionary<int, string>();
        if (match.Success)
        {
            foreach (var pair in match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = pair.Split(':', StringSplitOptions.TrimEntries);
                map[int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)] = parts[1];
            }
        }

        var lawStatus = StatusLine().Match(raw) is { Success: true } m ? m.Value["status: ".Length..].Trim() : EntryStatus.Published;
        if (status == lawStatus)
        {
            map.Remove(article);
        }
        else
        {
            map[article] = status;
        }

        var line = map.Count == 0 ? string.Empty : $"article_status: {{{string.Join(", ", map.Select(p => $"{p.Key}: {p.Value}"))}}}\n";
        if (match.Success)
        {
            return raw.Remove(match.Index, match.Length).Insert(match.Index, line);
        }

        return line.Length == 0 ? raw : StatusLine().Replace(raw, s => s.Value + "\n" + line.TrimEnd('\n'), 1);
    }

    [GeneratedRegex(@"^status: .*$", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^article_status: \{(.*)\}\n", RegexOptions.Multiline)]
    private static partial Regex ArticleStatusLine();
}
