using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Insights;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;
using XinfangBot.Web.Rendering;
using XinfangBot.Web.Security;

namespace XinfangBot.Web.Pages;

/// <summary>
/// Knowledge for curators and admins: entries by kind, status, domain and search (<c>/knowledge</c>); one entry
/// (<c>/knowledge/entry?id=…</c>) with an editor for front matter and body, a Markdown preview, the validation
/// problems with line numbers, the answers its examples get, its history with line diffs, restore, publish and retire.
/// </summary>
internal static class KnowledgePages
{
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/knowledge").RequireAuthorization(Policies.Knowledge);
        group.MapGet("", List);
        group.MapGet("/entry", Entry);
        app.MapGet("/knowledge.js", Script).RequireAuthorization(Policies.Knowledge);
        group.MapPost("/entry/save", (HttpContext c, KnowledgeDrafts d) => FormAsync(c, (id, raw, who) => { d.Save(id, raw, who); return KnowledgeText.Saved; }));
        group.MapPost("/entry/preview", PreviewAsync);
        group.MapPost("/entry/publish", PublishAsync);
        group.MapPost("/entry/discard", (HttpContext c, KnowledgeDrafts d) => FormAsync(c, (id, _, _) => d.Discard(id) ? KnowledgeText.Discarded : null));
        group.MapPost("/entry/status", StatusAsync);
        group.MapPost("/entry/restore", RestoreAsync);
    }

    private static IResult List(HttpContext context, KnowledgeStore store, KnowledgeDrafts drafts, KnowledgeOptions options, string? q, string? kind, string? status, string? domain)
    {
        var domains = DomainMap.Load(options.ResolvedPromptsPath);
        var withDraft = drafts.All().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var entries = store.All()
            .Where(e => string.IsNullOrEmpty(kind) ? e.Kind != EntryKind.Law || !string.IsNullOrEmpty(q) : e.Kind == kind)
            .Where(e => string.IsNullOrEmpty(status) || e.Status == status)
            .Where(e => string.IsNullOrEmpty(domain) || (e.Kind != EntryKind.Law && domains.Of(e.Id) == domain))
            .Where(e => string.IsNullOrEmpty(q) || e.Id.Contains(q, StringComparison.OrdinalIgnoreCase) || e.Title.Contains(q, StringComparison.Ordinal) || e.Text.Contains(q, StringComparison.Ordinal) || e.Keywords.Any(k => k.Contains(q, StringComparison.Ordinal)))
            .OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.LawSlug, StringComparer.Ordinal).ThenBy(e => e.ArticleNumber).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(300)
            .ToList();

        var html = new StringBuilder($"<h1>{H.E(ConsoleText.Knowledge)}</h1>");
        html.Append("<p><a href=\"/knowledge/gaps\">").Append(H.E(KnowledgeText.Gaps)).Append("</a></p>");
        html.Append("<form class=\"filters\" method=\"get\" action=\"/knowledge\"><input type=\"text\" name=\"q\" value=\"").Append(H.E(q)).Append("\" aria-label=\"")
            .Append(H.E(KnowledgeText.Search)).Append("\" placeholder=\"").Append(H.E(KnowledgeText.Search)).Append("\">");
        html.Append(Select("kind", ConsoleText.Kind, KnowledgeText.AnyKind, [EntryKind.Guide, EntryKind.Faq, EntryKind.Law], kind));
        html.Append(Select("status", ConsoleText.State, KnowledgeText.AnyStatus, [EntryStatus.Published, EntryStatus.Draft, EntryStatus.Retired], status));
        html.Append(Select("domain", KnowledgeText.AnyDomain, KnowledgeText.AnyDomain, domains.Names, domain));
        html.Append("<button type=\"submit\">").Append(H.E(ConsoleText.Filter)).Append("</button></form>");

        var pending = drafts.All();
        if (pending.Count > 0)
        {
            html.Append("<h2>").Append(H.E(KnowledgeText.Drafts)).Append("</h2><ul>");
            foreach (var d in pending)
            {
                html.Append("<li><a href=\"/knowledge/entry?id=").Append(H.Q(d.Id)).Append("\">").Append(H.E(d.Id)).Append("</a> <span class=\"muted\">")
                    .Append(H.E($"{d.Origin} · {d.Author} · {Format(d.UpdatedUtc)}")).Append("</span></li>");
            }

            html.Append("</ul>");
        }

        if (entries.Count == 0)
        {
            return Layout.Html(context, ConsoleText.Knowledge, html.Append("<p class=\"muted\">").Append(H.E(KnowledgeText.NoEntries)).Append("</p>").ToString());
        }

        html.Append("<table><thead><tr><th>").Append(H.E(KnowledgeText.Id)).Append("</th><th>").Append(H.E(KnowledgeText.Title)).Append("</th><th>")
            .Append(H.E(ConsoleText.Kind)).Append("</th><th>").Append(H.E(ConsoleText.State)).Append("</th></tr></thead><tbody>");
        foreach (var e in entries)
        {
            html.Append("<tr><td><a href=\"/knowledge/entry?id=").Append(H.Q(e.Id)).Append("\">").Append(H.E(e.Id)).Append("</a></td><td>").Append(H.E(e.Title))
                .Append("</td><td>").Append(H.E(e.Kind)).Append("</td><td>").Append(H.E(e.Status));
            if (withDraft.Contains(e.Id))
            {
                html.Append(" <span class=\"badge\">").Append(H.E(KnowledgeText.HasDraft)).Append("</span>");
            }

            html.Append("</td></tr>");
        }

        return Layout.Html(context, ConsoleText.Knowledge, html.Append("</tbody></table>").ToString());
    }

    private static async Task<IResult> Entry(HttpContext context, KnowledgeStore store, KnowledgeDrafts drafts, AnswerEngine engine, string? id, string? flash, string? error)
    {
        var entry = id is null ? null : store.Get(id);
        if (entry is null && (id is null || drafts.Get(id) is null))
        {
            return Layout.Html(context, KnowledgeText.NotFound, $"<p>{H.E(KnowledgeText.NotFound)}</p>", StatusCodes.Status404NotFound);
        }

        var raw = drafts.Get(id!)?.Raw ?? (entry is null ? string.Empty : store.FileText(entry.File) ?? string.Empty);
        return Layout.Html(context, id!, await RenderAsync(context, store, drafts, engine, id!, entry, raw, flash, error is not null));
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, KnowledgeStore store, KnowledgeDrafts drafts, AnswerEngine engine)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        if (KnowledgeDrafts.PathOf(id) is null)
        {
            return Results.BadRequest();
        }

        if (context.Request.Query.ContainsKey("fragment"))
        {
            return Results.Content(PreviewHtml(form["raw"].ToString()), "text/html; charset=utf-8");
        }

        return Layout.Html(context, id, await RenderAsync(context, store, drafts, engine, id, store.Get(id), form["raw"].ToString(), null, false));
    }

    private static string PreviewHtml(string raw) => $"<h2>{H.E(KnowledgeText.Preview)}</h2>{Markdown.ToHtml(Markdown.Body(raw))}";

    private static IResult Script()
    {
        using var stream = typeof(KnowledgePages).Assembly.GetManifestResourceStream("knowledge.js")!;
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), "text/javascript; charset=utf-8");
    }

    private static async Task<IResult> PublishAsync(HttpContext context, KnowledgeDrafts drafts)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        var who = context.User.Identity?.Name ?? "-";
        if (form.ContainsKey("raw") && KnowledgeDrafts.PathOf(id) is not null)
        {
            drafts.Save(id, form["raw"].ToString(), who);
        }

        var result = drafts.Publish(id, who);
        return Back(id, result.Published ? KnowledgeText.Published : string.Join("；", result.Errors.Select(e => e.ToString())), !result.Published);
    }

    private static async Task<IResult> StatusAsync(HttpContext context, KnowledgeStore store)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        var status = form["status"].ToString();
        if (!EntryStatus.IsKnown(status) || store.Get(id) is null)
        {
            return Results.BadRequest();
        }

        if (status != EntryStatus.Published && store.CitedBy(id) is { Count: > 0 } citing)
        {
            return Back(id, KnowledgeText.CitedBy + string.Join("、", citing), true);
        }

        store.SetStatus(id, status, context.User.Identity?.Name ?? "-");
        return Back(id, KnowledgeText.StatusChanged, false);
    }

    private static async Task<IResult> RestoreAsync(HttpContext context, KnowledgeDrafts drafts)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        if (!int.TryParse(form["revision"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || KnowledgeDrafts.PathOf(id) is null)
        {
            return Results.BadRequest();
        }

        var result = drafts.Restore(id, number, context.User.Identity?.Name ?? "-");
        return result is null ? Results.NotFound() : Back(id, KnowledgeText.Restored, false);
    }

    private static async Task<IResult> FormAsync(HttpContext context, Func<string, string, string, string?> action)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var id = form["id"].ToString();
        if (KnowledgeDrafts.PathOf(id) is null)
        {
            return Results.BadRequest();
        }

        var message = action(id, form["raw"].ToString(), context.User.Identity?.Name ?? "-");
        return message is null ? Results.NotFound() : Back(id, message, false);
    }

    private static IResult Back(string id, string message, bool error) =>
        Results.Redirect($"/knowledge/entry?id={H.Q(id)}&flash={H.Q(message)}" + (error ? "&error=1" : string.Empty));

    private static async Task<string> RenderAsync(HttpContext context, KnowledgeStore store, KnowledgeDrafts drafts, AnswerEngine engine, string id, KnowledgeEntry? entry, string raw, string? flash, bool error)
    {
        var html = new StringBuilder();
        html.Append(Layout.Flash(flash, error));
        html.Append("<h1>").Append(H.E(entry?.Title ?? id)).Append("</h1><dl class=\"facts\"><dt>").Append(H.E(KnowledgeText.Id)).Append("</dt><dd>").Append(H.E(id))
            .Append("</dd><dt>").Append(H.E(ConsoleText.State)).Append("</dt><dd id=\"status\">").Append(H.E(entry?.Status ?? EntryStatus.Draft)).Append("</dd>");
        var draft = drafts.Get(id);
        if (draft is not null)
        {
            html.Append("<dt>").Append(H.E(KnowledgeText.HasDraft)).Append("</dt><dd>").Append(H.E($"{draft.Origin} · {draft.Author} · {Format(draft.UpdatedUtc)}")).Append("</dd>");
        }

        html.Append("</dl>");
        var token = Layout.Token(context);
        var hidden = $"{token}<input type=\"hidden\" name=\"id\" value=\"{H.E(id)}\">";
        if (entry is not null)
        {
            var target = entry.Status == EntryStatus.Published ? EntryStatus.Retired : EntryStatus.Published;
            html.Append("<form method=\"post\" action=\"/knowledge/entry/status\">").Append(hidden).Append("<input type=\"hidden\" name=\"status\" value=\"").Append(target)
                .Append("\"><button type=\"submit\" class=\"").Append(target == EntryStatus.Retired ? "danger" : "secondary").Append("\">")
                .Append(H.E(target == EntryStatus.Retired ? KnowledgeText.Retire : KnowledgeText.Republish)).Append("</button></form>");
        }

        if (KnowledgeDrafts.PathOf(id) is null)
        {
            html.Append("<p class=\"muted\">").Append(H.E(KnowledgeText.LawReadOnly)).Append("</p><div class=\"panel\">").Append(H.E(entry?.Text)).Append("</div>");
            return html.Append(History(store, id, hidden)).ToString();
        }

        html.Append("<div class=\"editor\"><form method=\"post\" action=\"/knowledge/entry/save\" class=\"panel\"><h2>").Append(H.E(KnowledgeText.Editor)).Append("</h2><p class=\"muted\">")
            .Append(H.E(KnowledgeText.EditorHint)).Append("</p>").Append(hidden)
            .Append("<textarea name=\"raw\" id=\"raw\" rows=\"28\" spellcheck=\"false\">").Append(H.E(raw)).Append("</textarea><p>")
            .Append("<button type=\"submit\">").Append(H.E(KnowledgeText.SaveDraft)).Append("</button> ")
            .Append("<button type=\"submit\" class=\"secondary\" formaction=\"/knowledge/entry/preview\">").Append(H.E(KnowledgeText.Preview)).Append("</button> ")
            .Append("<button type=\"submit\" formaction=\"/knowledge/entry/publish\">").Append(H.E(KnowledgeText.Publish)).Append("</button>");
        if (draft is not null)
        {
            html.Append(" <button type=\"submit\" class=\"danger\" formaction=\"/knowledge/entry/discard\">").Append(H.E(KnowledgeText.Discard)).Append("</button>");
        }

        html.Append("</p></form><div class=\"panel preview\" id=\"preview\">").Append(PreviewHtml(raw)).Append("</div></div><script src=\"/knowledge.js\" defer></script>");

        var problems = drafts.Check(id, raw);
        html.Append("<div class=\"panel\" id=\"problems\"><h2>").Append(H.E(KnowledgeText.Problems)).Append("</h2>");
        if (problems.Count == 0)
        {
            html.Append("<p>").Append(H.E(KnowledgeText.NoProblems)).Append("</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var p in problems)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>第 {p.Line} 行：").Append(H.E(p.Message)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div>").Append(await ExamplesAsync(engine, id, entry, context.RequestAborted)).Append(History(store, id, hidden));
        return html.ToString();
    }

    private static async Task<string> ExamplesAsync(AnswerEngine engine, string id, KnowledgeEntry? entry, CancellationToken cancellationToken)
    {
        if (entry is null || entry.Examples.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<div class=\"panel\" id=\"examples\"><h2>").Append(H.E(KnowledgeText.Examples)).Append("</h2>");
        foreach (var example in entry.Examples.Take(5))
        {
            var answer = await engine.AnswerAsync(new Question(example, []), cancellationToken);
            var here = answer.TopicId == id;
            html.Append("<details><summary>").Append(H.E(example)).Append(" — <span class=\"badge").Append(here ? string.Empty : " late").Append("\">")
                .Append(H.E(here ? KnowledgeText.LandsHere : KnowledgeText.LandsElsewhere + " " + (answer.TopicId ?? answer.Mode.Name()))).Append("</span></summary><pre class=\"answer\">")
                .Append(H.E(answer.Text)).Append("</pre></details>");
        }

        return html.Append("</div>").ToString();
    }

    private static string History(KnowledgeStore store, string id, string hidden)
    {
        var revisions = store.History(id);
        var html = new StringBuilder("<div class=\"panel\" id=\"history\"><h2>").Append(H.E(KnowledgeText.History)).Append("</h2>");
        for (var i = revisions.Count - 1; i >= 0; i--)
        {
            var r = revisions[i];
            html.Append("<div class=\"revision\"><p><b>#").Append(r.Number.ToString(CultureInfo.InvariantCulture)).Append("</b> ")
                .Append(H.E($"{Format(r.ChangedUtc)} · {r.Author} · {r.Change} · {r.PreviousStatus ?? "-"} → {r.NewStatus ?? "-"}")).Append("</p>");
            if (i > 0)
            {
                var before = revisions[i - 1];
                var (old, now) = before.Raw is not null && r.Raw is not null ? (before.Raw, r.Raw) : (before.Text, r.Text);
                html.Append(Diff(old, now));
            }

            if (KnowledgeDrafts.PathOf(id) is not null && i < revisions.Count - 1)
            {
                html.Append("<form method=\"post\" action=\"/knowledge/entry/restore\">").Append(hidden).Append("<input type=\"hidden\" name=\"revision\" value=\"")
                    .Append(r.Number.ToString(CultureInfo.InvariantCulture)).Append("\"><button type=\"submit\" class=\"secondary\">").Append(H.E(KnowledgeText.Restore)).Append("</button></form>");
            }

            html.Append("</div>");
        }

        return html.Append("</div>").ToString();
    }

    private static string Diff(string? before, string? after)
    {
        var lines = RevisionDiff.Lines(before, after);
        if (lines.Count == 0)
        {
            return $"<p class=\"muted\">{H.E(KnowledgeText.NoChange)}</p>";
        }

        var html = new StringBuilder("<table class=\"diff\"><tbody>");
        foreach (var l in lines)
        {
            if (l is null)
            {
                html.Append("<tr class=\"gap\"><td></td><td></td><td>…</td></tr>");
                continue;
            }

            var css = l.Mark switch { '+' => "add", '-' => "del", _ => "same" };
            html.Append("<tr class=\"").Append(css).Append("\"><td>").Append(l.OldLine?.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(l.NewLine?.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(l.Mark).Append(' ').Append(H.E(l.Text)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Select(string name, string label, string any, IEnumerable<string> values, string? current)
    {
        var html = new StringBuilder($"<select name=\"{name}\" aria-label=\"{H.E(label)}\"><option value=\"\">{H.E(any)}</option>");
        foreach (var v in values)
        {
            html.Append("<option value=\"").Append(H.E(v)).Append('"').Append(v == current ? " selected" : string.Empty).Append('>').Append(H.E(v)).Append("</option>");
        }

        return html.Append("</select>").ToString();
    }

    internal static string Format(DateTime utc) => utc.Add(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
