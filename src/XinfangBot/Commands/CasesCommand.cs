using System.Globalization;
using System.Text.Json.Nodes;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Escalations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Commands;

/// <summary>
/// <c>cases list|drafts</c>: the case queue and the FAQ drafts made from resolved cases, for staff at a terminal
/// (working cases happens in the console or the Telegram admin chat). No citizen's words are printed.
/// </summary>
internal sealed class CasesCommand(CaseService cases) : ICommand
{
    private const string Usage = """
        用法:
          cases list [--state open|claimed|resolved|released|all] [--kind 类型] [--json]
          cases drafts [--json]                   由已结案案件生成的常见问题草稿（status draft）
        """;

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var sub = args.Count > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToList();
        var json = CommandLine.Flag(rest, "--json");
        var code = sub switch
        {
            "list" => List(CommandLine.Option(rest, "--state"), CommandLine.Option(rest, "--kind"), json),
            "drafts" => Drafts(json),
            _ => Fail(),
        };
        return Task.FromResult(code);
    }

    private int List(string? state, string? kind, bool json)
    {
        if (state is not null and not "all" and not "active" && !StoredNames.TryParse<EscalationStatus>(state, out _))
        {
            return Fail();
        }

        var list = cases.List(state, kind);
        if (json)
        {
            Console.WriteLine(new JsonArray(list.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["kind"] = e.Kind.Name(),
                ["priority"] = e.Priority,
                ["state"] = e.Status.Name(),
                ["assignee"] = e.Assignee,
                ["opened"] = e.CreatedUtc.ToString("O", CultureInfo.InvariantCulture),
                ["due"] = cases.DueOf(e).ToString("O", CultureInfo.InvariantCulture),
                ["overdue"] = cases.IsOverdue(e),
                ["first_response"] = e.FirstResponseUtc?.ToString("O", CultureInfo.InvariantCulture),
                ["resolved"] = e.ResolvedUtc?.ToString("O", CultureInfo.InvariantCulture),
                ["deleted_by"] = e.DeletedBy?.Name(),
            }).ToArray()).ToJsonString());
            return 0;
        }

        if (list.Count == 0)
        {
            Console.WriteLine(state is null ? "没有待处理的案件（查看全部：cases list --state all）" : "没有符合条件的案件");
            return 0;
        }

        Console.WriteLine("编号\t类型\t状态\t处理人\t开启\t到期");
        foreach (var e in list)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#{e.Id}\t{e.Kind.Name()}\t{e.Status.Name()}\t{e.Assignee ?? "-"}\t{CaseClock.Format(e.CreatedUtc)}\t{CaseClock.Format(cases.DueOf(e))}{(cases.IsOverdue(e) ? "\toverdue" : string.Empty)}"));
        }

        return 0;
    }

    private int Drafts(bool json)
    {
        var drafts = cases.FaqDrafts();
        if (json)
        {
            Console.WriteLine(new JsonArray(drafts.Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.SuggestedId,
                ["kind"] = "faq",
                ["status"] = d.Status,
                ["case"] = d.CaseId,
                ["title"] = d.Title,
                ["question"] = d.Question,
                ["answer"] = d.Answer,
                ["author"] = d.Author,
            }).ToArray()).ToJsonString());
            return 0;
        }

        if (drafts.Count == 0)
        {
            Console.WriteLine("没有常见问题草稿");
            return 0;
        }

        Console.WriteLine("建议编号\t状态\t标题");
        foreach (var d in drafts)
        {
            Console.WriteLine($"{d.SuggestedId}\t{d.Status}\t{d.Title}");
        }

        return 0;
    }

    private static int Fail()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
