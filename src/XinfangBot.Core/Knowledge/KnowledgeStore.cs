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
    private ILiteCollection<BsonDocument> Entries => db.Database.GetCollection("kb_entries");
    private ILiteCollection<BsonDocument> Files => db.Database.GetCollection("kb_files");
    private ILiteCollection<BsonDocument> Revisions => db.Database.GetCollection("kb_revisions");

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
        return Revisions.Find(Query.EQ("entry", id))
            .Select(d => new KnowledgeRevision(
                d["entry"].AsString, d["number"].AsInt32, d["change"].AsString,
                d["previousText"].IsNull ? null : d["previousText"].AsString,
                d["previousStatus"].IsNull ? null : d["previousStatus"].AsString,
                d["newStatus"].IsNull ? null : d["newStatus"].AsString,
                DateTime.SpecifyKind(d["changed"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc),
                d["author"].AsString))
            .OrderBy(r => r.Number)
            .ToList();
    }

    /// <summary>Imports validated files; files with errors are rejected and their stored version is kept. Idempotent.</summary>
    public ImportReport Import(KnowledgeReadResult read, string author)
    {
        int added = 0, changed = 0, unchanged = 0, retired = 0;
        var now = time.GetUtcNow().UtcDateTime;
        var rejected = read.Errors.Select(e => e.File).Concat(read.HeldBack ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var database = db.Database;
        database.BeginTrans();
        try
        {
            Entries.EnsureIndex("file");
            foreach (var file in read.Files)
            {
                var stored = Files.FindById(file.Path);
                if (stored is not null && stored["raw"].AsString == file.RawText)
                {
                    unchanged += file.Entries.Count;
                    continue;
                }

                var previous = Entries.Find(Query.EQ("file", file.Path)).Select(EntryDocument.FromBson).ToDictionary(e => e.Id, StringComparer.Ordinal);
                foreach (var entry in file.Entries)
                {
                    if (!previous.Remove(entry.Id, out var old))
                    {
                        Entries.Upsert(EntryDocument.ToBson(entry));
                        AddRevision(entry.Id, "added", null, null, entry.Status, now, author);
                        added++;
                    }
                    else if (EntryDocument.Differs(old, entry))
                    {
                        Entries.Upsert(EntryDocument.ToBson(entry));
                        AddRevision(entry.Id, "changed", old.Text, old.Status, entry.Status, now, author);
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
                    AddRevision(gone.Id, "removed from file", gone.Text, gone.Status, EntryStatus.Retired, now, author);
                    retired++;
                }

                Files.Upsert(new BsonDocument { ["_id"] = file.Path, ["raw"] = file.RawText, ["updated"] = now, ["author"] = author });
            }

            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        var report = new ImportReport(added, changed, unchanged, retired, rejected, read.Errors);
        if (report.HasChanges)
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }

        return report;
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
            Entries.Upsert(EntryDocument.ToBson(entry with { Status = status }));
            AddRevision(id, "status", entry.Text, entry.Status, status, time.GetUtcNow().UtcDateTime, author);
            var file = Files.FindById(entry.File);
            if (file is not null)
            {
                file["raw"] = entry.Kind == EntryKind.Law
                    ? PatchArticleStatus(file["raw"].AsString, entry.ArticleNumber, status)
                    : StatusLine().Replace(file["raw"].AsString, $"status: {status}", 1);
                Files.Upsert(file);
            }

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
        foreach (var file in Files.FindAll())
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

    private void AddRevision(string id, string change, string? previousText, string? previousStatus, string? newStatus, DateTime now, string author)
    {
        Revisions.EnsureIndex("entry");
        var number = Revisions.Count(Query.EQ("entry", id)) + 1;
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
