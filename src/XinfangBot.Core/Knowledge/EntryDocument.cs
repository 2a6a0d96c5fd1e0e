using LiteDB;

namespace XinfangBot.Core.Knowledge;

/// <summary>Maps <see cref="KnowledgeEntry"/> to and from LiteDB documents explicitly (records with read-only lists).</summary>
internal static class EntryDocument
{
    public static BsonDocument ToBson(KnowledgeEntry e) => new()
    {
        ["_id"] = e.Id,
        ["kind"] = e.Kind,
        ["title"] = e.Title,
        ["text"] = e.Text,
        ["status"] = e.Status,
        ["summary"] = e.Summary,
        ["channels"] = Array(e.Channels),
        ["keywords"] = Array(e.Keywords),
        ["cites"] = Array(e.Cites),
        ["quotes"] = new BsonDocument(e.Quotes.ToDictionary(q => q.Key, q => new BsonValue(q.Value))),
        ["deadlines"] = Array(e.Deadlines),
        ["followups"] = Array(e.Followups),
        ["leads"] = new BsonArray(e.Leads.Select(l => new BsonDocument { ["when"] = Array(l.When), ["cites"] = Array(l.Cites) })),
        ["situations"] = new BsonArray(e.Situations.Select(s => new BsonDocument { ["step"] = s.Step, ["when"] = Array(s.When) })),
        ["examples"] = Array(e.Examples),
        ["source"] = e.Source,
        ["effective"] = e.Effective,
        ["reviewed"] = e.Reviewed,
        ["file"] = e.File,
        ["lawSlug"] = e.LawSlug,
        ["lawTitle"] = e.LawTitle,
        ["chapter"] = e.Chapter,
        ["article"] = e.ArticleNumber,
    };

    public static KnowledgeEntry FromBson(BsonDocument d) => new()
    {
        Id = d["_id"].AsString,
        Kind = d["kind"].AsString,
        Title = d["title"].AsString,
        Text = d["text"].AsString,
        Status = d["status"].AsString,
        Summary = Str(d, "summary"),
        Channels = List(d, "channels"),
        Keywords = List(d, "keywords"),
        Cites = List(d, "cites"),
        Quotes = d["quotes"].IsDocument ? d["quotes"].AsDocument.ToDictionary(k => k.Key, k => k.Value.AsString) : [],
        Deadlines = List(d, "deadlines"),
        Followups = List(d, "followups"),
        Leads = d["leads"].IsArray ? d["leads"].AsArray.Select(l => new CiteLead(List(l.AsDocument, "when"), List(l.AsDocument, "cites"))).ToList() : [],
        Situations = d["situations"].IsArray ? d["situations"].AsArray.Select(s => new StepCondition(s["step"].AsInt32, List(s.AsDocument, "when"))).ToList() : [],
        Examples = List(d, "examples"),
        Source = Str(d, "source"),
        Effective = Str(d, "effective"),
        Reviewed = Str(d, "reviewed"),
        File = d["file"].AsString,
        LawSlug = Str(d, "lawSlug"),
        LawTitle = Str(d, "lawTitle"),
        Chapter = Str(d, "chapter"),
        ArticleNumber = d["article"].AsInt32,
    };

    /// <summary>True when two versions of an entry differ in anything staff can change.</summary>
    public static bool Differs(KnowledgeEntry a, KnowledgeEntry b) => !ToBson(a).Equals(ToBson(b));

    private static BsonArray Array(IEnumerable<string> values) => new(values.Select(v => new BsonValue(v)));

    private static string? Str(BsonDocument d, string key) => d[key].IsNull ? null : d[key].AsString;

    private static List<string> List(BsonDocument d, string key) =>
        d[key].IsArray ? d[key].AsArray.Select(v => v.AsString).ToList() : [];
}
