using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Commands;

/// <summary>
/// <c>kb validate|import|export|list|show|search|history|status …</c>: the knowledge base for staff. Errors name the file
/// and line and exit non-zero; an import rejects broken files whole and keeps their last good version.
/// </summary>
internal sealed class KbCommand(KnowledgeStore store, KnowledgeService knowledge, KnowledgeDrafts drafts, RuleBook rules, IOptions<KnowledgeOptions> options) : ICommand
{
    private const string Usage = """
        用法:
          kb validate [目录]                 检查知识文件
          kb import [目录] [--author 姓名]    导入（幂等）
          kb export <目录>                   写回文件
          kb list [--kind law|guide|faq] [--json]
          kb show <id>
          kb search "<问题>"
          kb history <id>                    每次修改的逐行对比
          kb status <id> draft|published|retired [--author 姓名]
          kb draft <id> <文件> [--author 姓名] 保存草稿（不影响机器人的回答）
          kb drafts                          列出草稿
          kb publish <id> [--author 姓名]     检查通过后发布草稿
          kb discard <id>                    丢弃草稿
          kb restore <id> <版本号> [--author 姓名]  把某个历史版本作为草稿恢复
        """;

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var sub = args.Count > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToList();
        var positional = CommandLine.Positionals(rest, "--author", "--kind");
        var author = CommandLine.Option(rest, "--author") ?? Environment.UserName;
        var code = sub switch
        {
            "validate" => Validate(positional.FirstOrDefault() ?? options.Value.ResolvedPath),
            "import" => Import(positional.FirstOrDefault() ?? options.Value.ResolvedPath, author),
            "export" when positional.Count == 1 => Export(positional[0]),
            "list" => List(CommandLine.Option(rest, "--kind"), CommandLine.Flag(rest, "--json")),
            "show" when positional.Count == 1 => Show(positional[0]),
            "search" when positional.Count >= 1 => Search(string.Join(' ', positional)),
            "history" when positional.Count == 1 => History(positional[0]),
            "status" when positional.Count == 2 => Status(positional[0], positional[1], author),
            "draft" when positional.Count == 2 => Draft(positional[0], positional[1], author),
            "drafts" => Drafts(),
            "publish" when positional.Count == 1 => Publish(positional[0], author),
            "discard" when positional.Count == 1 => drafts.Discard(positional[0]) ? Done($"{positional[0]}: draft discarded") : Fail($"没有这个草稿: {positional[0]}"),
            "restore" when positional.Count == 2 && int.TryParse(positional[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) => Restore(positional[0], number, author),
            _ => Fail(Usage),
        };
        return Task.FromResult(code);
    }

    private int Validate(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Fail($"目录不存在: {folder}");
        }

        var read = KnowledgeFolderReader.Read(folder, rules.Deadlines.Ids);
        var rulesFolder = Path.Combine(folder, "rules");
        var ruleErrors = Directory.Exists(rulesFolder) ? RuleBookLoader.Check(rulesFolder, options.Value.ResolvedPromptsPath) : [];
        if (ruleErrors.Count == 0 && File.Exists(Path.Combine(rulesFolder, "deadlines.yaml")))
        {
            // Each deadline rule's periods against the articles it cites (issue 8: no period that no article states).
            var byId = read.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var deadlinesPath = Path.Combine(rulesFolder, "deadlines.yaml");
            ruleErrors = [.. ruleErrors, .. DeadlineRuleChecker.Check(DeadlineRuleSet.Load(deadlinesPath), byId.GetValueOrDefault, deadlinesPath)];
        }

        foreach (var error in read.Errors.Concat(ruleErrors))
        {
            Console.Error.WriteLine(error);
        }

        var entries = read.Entries.ToList();
        Console.WriteLine($"{read.Files.Count} files valid, {read.Errors.Select(e => e.File).Distinct().Count()} with errors; " +
            $"{entries.Count(e => e.Kind == EntryKind.Law)} law articles, {entries.Count(e => e.Kind == EntryKind.Guide)} guides, {entries.Count(e => e.Kind == EntryKind.Faq)} FAQs");
        return read.Errors.Count == 0 && ruleErrors.Count == 0 ? 0 : 1;
    }

    private int Import(string folder, string author)
    {
        if (!Directory.Exists(folder))
        {
            return Fail($"目录不存在: {folder}");
        }

        var report = knowledge.ImportFolder(folder, author);
        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine(error);
        }

        foreach (var file in report.RejectedFiles)
        {
            Console.Error.WriteLine($"rejected: {file} (the stored version, if any, is kept)");
        }

        foreach (var conflict in report.Conflicts)
        {
            Console.Error.WriteLine("conflict: " + conflict);
        }

        Console.WriteLine(report.ToString());
        return report.RejectedFiles.Count == 0 ? 0 : 1;
    }

    private int Export(string folder)
    {
        EnsureSeeded();
        var count = store.Export(folder);
        Console.WriteLine($"exported {count} files to {folder}");
        return 0;
    }

    private int List(string? kind, bool json)
    {
        if (kind is not null && !EntryKind.IsKnown(kind))
        {
            return Fail("--kind 只能是 law、guide 或 faq");
        }

        EnsureSeeded();
        var entries = store.All().Where(e => kind is null || e.Kind == kind).OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.LawSlug, StringComparer.Ordinal).ThenBy(e => e.ArticleNumber).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (json)
        {
            var array = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["kind"] = e.Kind,
                ["title"] = e.Title,
                ["text"] = e.Text,
                ["channels"] = new JsonArray(e.Channels.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                ["cites"] = new JsonArray(e.Cites.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                ["status"] = e.Status,
                ["summary"] = e.Summary,
                ["keywords"] = new JsonArray(e.Keywords.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                ["source"] = e.Source,
                ["effective"] = e.Effective,
                ["reviewed"] = e.Reviewed,
            }).ToArray());
            Console.WriteLine(array.ToJsonString(AnswerJson.Options));
            return 0;
        }

        foreach (var e in entries)
        {
            Console.WriteLine($"{e.Id}\t{e.Status}\t{e.Title}");
        }

        Console.Error.WriteLine($"{entries.Count} entries");
        return 0;
    }

    private int Show(string id)
    {
        EnsureSeeded();
        var e = store.Get(id);
        if (e is null)
        {
            return Fail($"没有这个条目: {id}");
        }

        Console.WriteLine($"id: {e.Id}\nkind: {e.Kind}\ntitle: {e.Title}\nstatus: {e.Status}\nfile: {e.File}");
        if (e.Summary is not null)
        {
            Console.WriteLine($"summary: {e.Summary}");
        }

        if (e.Channels.Count > 0)
        {
            Console.WriteLine($"channels: {string.Join(", ", e.Channels)}");
        }

        if (e.Cites.Count > 0)
        {
            Console.WriteLine($"cites: {string.Join(", ", e.Cites)}");
        }

        Console.WriteLine($"source: {e.Source}\neffective: {e.Effective}\nreviewed: {e.Reviewed}\n\n{e.Text}");
        return 0;
    }

    private int Search(string query)
    {
        EnsureSeeded();
        var kb = knowledge.Current;
        var normalized = rules.Normalizer.Normalize(query).Text;
        foreach (var hit in kb.Index.Search(normalized, 10))
        {
            var e = kb.Get(hit.Id)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Score,7:F2}  {hit.Id}  {e.Title}"));
        }

        return 0;
    }

    private int History(string id)
    {
        EnsureSeeded();
        if (store.Get(id) is null)
        {
            return Fail($"没有这个条目: {id}");
        }

        KnowledgeRevision? before = null;
        foreach (var r in store.History(id))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#{r.Number} {r.ChangedUtc:yyyy-MM-dd HH:mm:ss}Z {r.Author} {r.Change} {r.PreviousStatus ?? "-"} → {r.NewStatus ?? "-"}"));
            if (before is not null)
            {
                var (old, now) = before.Raw is not null && r.Raw is not null ? (before.Raw, r.Raw) : (before.Text, r.Text);
                var diff = RevisionDiff.Render(old, now);
                Console.WriteLine(diff.Length == 0 ? "  (no change to the text)" : diff);
            }

            before = r;
        }

        if (drafts.Get(id) is { } draft)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"draft {draft.UpdatedUtc:yyyy-MM-dd HH:mm:ss}Z {draft.Author} {draft.Origin} (not published)"));
            Console.WriteLine(RevisionDiff.Render(store.FileText(store.Get(id)!.File), draft.Raw));
        }

        return 0;
    }

    private int Status(string id, string status, string author)
    {
        if (!EntryStatus.IsKnown(status))
        {
            return Fail("状态只能是 draft、published 或 retired");
        }

        EnsureSeeded();
        if (status != EntryStatus.Published && store.CitedBy(id) is { Count: > 0 } citing)
        {
            Console.Error.WriteLine($"{id} is cited by published entries: {string.Join(", ", citing)}; change or retire them first");
            return 1;
        }

        if (!store.SetStatus(id, status, author))
        {
            return Fail($"没有这个条目: {id}");
        }

        Console.WriteLine($"{id}: {status}");
        return 0;
    }

    private int Draft(string id, string path, string author)
    {
        if (KnowledgeDrafts.PathOf(id) is null)
        {
            return Fail($"只能编辑指引和问答（guide/… 或 faq/…）: {id}");
        }

        if (!File.Exists(path))
        {
            return Fail($"文件不存在: {path}");
        }

        EnsureSeeded();
        var result = drafts.Save(id, File.ReadAllText(path), author);
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }

        Console.WriteLine($"{id}: draft saved ({result.Errors.Count} problem(s) to fix before publishing)");
        return 0;
    }

    private int Drafts()
    {
        EnsureSeeded();
        foreach (var d in drafts.All())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.Id}\t{d.UpdatedUtc:yyyy-MM-dd HH:mm}Z\t{d.Author}\t{d.Origin}"));
        }

        return 0;
    }

    private int Publish(string id, string author)
    {
        EnsureSeeded();
        var result = drafts.Publish(id, author);
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }

        return result.Published ? Done($"{id}: published") : 1;
    }

    private int Restore(string id, int number, string author)
    {
        EnsureSeeded();
        var result = drafts.Restore(id, number, author);
        if (result is null)
        {
            return Fail($"没有可恢复的版本: {id} #{number}（法规条文只能通过导入修改）");
        }

        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }

        return Done($"{id}: revision #{number} saved as a draft; `kb publish {id}` makes it live");
    }

    private static int Done(string message)
    {
        Console.WriteLine(message);
        return 0;
    }

    /// <summary>A fresh database is filled from the knowledge folder before staff look at it.</summary>
    private void EnsureSeeded()
    {
        if (store.Count() == 0)
        {
            knowledge.ImportFolder(options.Value.ResolvedPath, "seed");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
