using System.Text.RegularExpressions;
using LiteDB;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Edits of guides and FAQs through the store (console, CLI): saved as drafts beside the published entry, checked as
/// an import would check the file, and published only when valid. Law articles are verbatim and change only by import.
/// </summary>
public sealed partial class KnowledgeDrafts(LiteDbProvider db, KnowledgeStore store, IKnowledgeRules rules, TimeProvider time)
{
    private ILiteCollection<BsonDocument> Drafts => db.Database.GetCollection("kb_drafts");

    /// <summary>The file a guide or FAQ id lives in (<c>guide/x</c> → <c>guides/x.md</c>), or null for anything else.</summary>
    public static string? PathOf(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == id.Length - 1 || !SlugPattern().IsMatch(id[(slash + 1)..]))
        {
            return null;
        }

        return id[..slash] switch
        {
            EntryKind.Guide => $"guides/{id[(slash + 1)..]}.md",
            EntryKind.Faq => $"faq/{id[(slash + 1)..]}.md",
            _ => null,
        };
    }

    public KnowledgeDraft? Get(string id) => Drafts.FindById(id) is { } d ? FromBson(d) : null;

    public IReadOnlyList<KnowledgeDraft> All() => Drafts.FindAll().Select(FromBson).OrderByDescending(d => d.UpdatedUtc).ToList();

    /// <summary>Saves (or replaces) the draft of <paramref name="id"/> and returns what validation says about it.</summary>
    public DraftResult Save(string id, string raw, string author, string origin = "edit")
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (PathOf(id) is null)
        {
            throw new ArgumentException($"only guides and FAQs can be edited (got '{id}')", nameof(id));
        }

        var draft = new KnowledgeDraft(id, raw.Replace("\r\n", "\n", StringComparison.Ordinal), author, time.GetUtcNow().UtcDateTime, origin);
        Drafts.Upsert(new BsonDocument
        {
            ["_id"] = draft.Id,
            ["raw"] = draft.Raw,
            ["author"] = draft.Author,
            ["updated"] = draft.UpdatedUtc,
            ["origin"] = draft.Origin,
        });
        return new DraftResult(draft, Check(id, draft.Raw));
    }

    public bool Discard(string id) => Drafts.Delete(id);

    /// <summary>The errors (file:line) the text would get on import, plus a check that it is the entry it claims to be.</summary>
    public IReadOnlyList<KnowledgeError> Check(string id, string raw)
    {
        var path = PathOf(id) ?? throw new ArgumentException($"only guides and FAQs can be edited (got '{id}')", nameof(id));
        var (file, errors) = KnowledgeFileParser.Parse(path, raw);
        if (file is null)
        {
            return errors;
        }

        var published = store.All().Where(e => e.IsPublished && e.Id != id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var (_, setErrors) = KnowledgeSetValidator.Validate([file], rules.Deadlines.Ids, published);
        return [.. errors, .. setErrors];
    }

    /// <summary>Publishes the draft when it passes every check: the entry, its revision and its file change together.</summary>
    public PublishResult Publish(string id, string author)
    {
        var draft = Get(id);
        if (draft is null)
        {
            return new PublishResult(false, [new KnowledgeError(PathOf(id) ?? id, 1, $"no draft of '{id}'")]);
        }

        var raw = StatusLine().Replace(draft.Raw, $"status: {EntryStatus.Published}", 1);
        var errors = Check(id, raw);
        if (errors.Count > 0)
        {
            return new PublishResult(false, errors);
        }

        var (file, _) = KnowledgeFileParser.Parse(PathOf(id)!, raw);
        store.ApplyEdit(file!, author, $"published ({draft.Origin} by {draft.Author})");
        Drafts.Delete(id);
        return new PublishResult(true, []);
    }

    /// <summary>Makes a draft of revision <paramref name="number"/> of a guide or FAQ (publish it to restore it); null when there is none.</summary>
    public DraftResult? Restore(string id, int number, string author)
    {
        if (PathOf(id) is null || store.History(id).FirstOrDefault(r => r.Number == number) is not { } revision)
        {
            return null;
        }

        var raw = revision.Raw;
        if (raw is null && revision.Text is not null && store.Get(id) is { } entry && store.FileText(entry.File) is { } current)
        {
            // Older revisions kept the body only: put it under the current front matter.
            var end = current.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            raw = end < 0 ? null : current[..(end + 5)] + revision.Text + "\n";
        }

        return raw is null ? null : Save(id, raw, author, $"restore #{number}");
    }

    private static KnowledgeDraft FromBson(BsonDocument d) => new(
        d["_id"].AsString,
        d["raw"].AsString,
        d["author"].AsString,
        DateTime.SpecifyKind(d["updated"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc),
        d["origin"].AsString);

    [GeneratedRegex(@"^status: .*$", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
