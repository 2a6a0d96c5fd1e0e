using System.Text.Json;
using LiteDB;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>A seeded set of conversations over three China days, and the exact figures <c>stats</c> must report.</summary>
[Trait("Category", "Process")]
public sealed class StatsCommandTests
{
    [Fact]
    public async Task StatsJson_SeededConversations_ReportsExactFigures()
    {
        var dir = HostProcess.TempDir();
        Seed(Path.Combine(dir, "bot.db"));
        var result = await HostProcess.RunAsync(dir, null, "stats", "--json");
        Assert.Equal(0, result.ExitCode);
        var s = JsonDocument.Parse(result.StdOut).RootElement;

        Assert.Equal(6, s.GetProperty("questions").GetInt32());
        Assert.Equal(4, s.GetProperty("conversations").GetInt32());
        Assert.Equal(2, s.GetProperty("unanswered").GetInt32());
        Assert.Equal("""{"emergency":1,"labor-arbitration":1,"labor-inspection":1}""", s.GetProperty("by_channel").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        var escalations = s.GetProperty("escalations");
        Assert.Equal((1, 0, 1, 0), (escalations.GetProperty("crisis").GetInt32(), escalations.GetProperty("threat").GetInt32(), escalations.GetProperty("human-request").GetInt32(), escalations.GetProperty("unresolved").GetInt32()));
        var cases = s.GetProperty("cases");
        Assert.Equal((0, 1, 1, 0), (cases.GetProperty("open").GetInt32(), cases.GetProperty("claimed").GetInt32(), cases.GetProperty("resolved").GetInt32(), cases.GetProperty("released").GetInt32()));
        Assert.Equal(21.0, cases.GetProperty("median_first_response_minutes").GetDouble());
        Assert.Equal((1, 1.0), (cases.GetProperty("resolved_on_time").GetInt32(), cases.GetProperty("on_time_rate").GetDouble()));
        Assert.Equal((1, 1), (s.GetProperty("feedback").GetProperty("useful").GetInt32(), s.GetProperty("feedback").GetProperty("not_useful").GetInt32()));
        var days = s.GetProperty("per_day");
        Assert.Equal(3, days.GetProperty("2026-12-01").GetProperty("questions").GetInt32());
        Assert.Equal(2, days.GetProperty("2026-12-01").GetProperty("conversations").GetInt32());
        Assert.Equal(2, days.GetProperty("2026-12-02").GetProperty("questions").GetInt32());
        Assert.Equal(1, days.GetProperty("2026-12-03").GetProperty("questions").GetInt32());
        Assert.Equal(2, s.GetProperty("by_topic").GetProperty("guide/unpaid-wages").GetInt32());
        Assert.Equal(2, s.GetProperty("by_domain").GetProperty("工资和劳动").GetInt32());
        Assert.Equal((5, 1), (s.GetProperty("by_source").GetProperty("telegram").GetInt32(), s.GetProperty("by_source").GetProperty("terminal").GetInt32()));
    }

    [Fact]
    public async Task StatsJson_OneDay_CountsOnlyThatChinaDate()
    {
        var dir = HostProcess.TempDir();
        Seed(Path.Combine(dir, "bot.db"));
        var result = await HostProcess.RunAsync(dir, null, "stats", "--json", "--from", "2026-12-02", "--to", "2026-12-02");
        Assert.Equal(0, result.ExitCode);
        var s = JsonDocument.Parse(result.StdOut).RootElement;

        Assert.Equal((2, 2, 1), (s.GetProperty("questions").GetInt32(), s.GetProperty("conversations").GetInt32(), s.GetProperty("unanswered").GetInt32()));
        Assert.Equal(1, s.GetProperty("escalations").GetProperty("crisis").GetInt32());
        Assert.Equal(0, s.GetProperty("escalations").GetProperty("human-request").GetInt32());
        Assert.Equal(12.0, s.GetProperty("cases").GetProperty("median_first_response_minutes").GetDouble());
        Assert.Equal((0, 1), (s.GetProperty("feedback").GetProperty("useful").GetInt32(), s.GetProperty("feedback").GetProperty("not_useful").GetInt32()));
    }

    [Fact]
    public async Task StatsCsv_SeededConversations_HasOneRowPerFigure()
    {
        var dir = HostProcess.TempDir();
        Seed(Path.Combine(dir, "bot.db"));
        var result = await HostProcess.RunAsync(dir, null, "stats", "--csv", "--to", "2026-12-01");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("metric,key,value", lines[0]);
        Assert.Contains("questions,,3", lines);
        Assert.Contains("per_day.questions,2026-12-01,3", lines);
        Assert.Contains("feedback,useful,1", lines);
    }

    [Fact]
    public async Task Stats_BadDate_IsAUsageError()
    {
        var dir = HostProcess.TempDir();
        var result = await HostProcess.RunAsync(dir, null, "stats", "--from", "2026-13-01");
        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>Day 1: two questions in one Telegram chat (answered) and one out-of-scope terminal question; day 2: a
    /// crisis (claimed after 12 minutes) and a question the bot could not place (marked 没用); day 3: a request for a
    /// person (first response after 30 minutes, resolved).</summary>
    private static void Seed(string path)
    {
        var clock = new SettableClock();
        using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = path, Connection = "shared" }));
        var store = new ConversationStore(db, clock);
        long Exchange(string at, string conversation, string question, ConversationMessage answer)
        {
            clock.Now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
            var parts = conversation.Split(':');
            store.GetOrStart(parts[0], parts[1]);
            store.Record(new ConversationMessage { ConversationId = conversation, Direction = MessageDirection.In, Author = MessageAuthor.User, Text = question });
            answer.ConversationId = conversation;
            answer.Direction = MessageDirection.Out;
            answer.Author = MessageAuthor.Bot;
            answer.Text = "回答";
            return store.Record(answer);
        }

        var a1 = Exchange("2026-12-01T10:00:00+08:00", "telegram:1", "我被拖欠工资三个月", new() { Mode = AnswerMode.Answer, Confidence = 0.8, TopicId = "guide/unpaid-wages", Channels = ["labor-inspection", "labor-arbitration"] });
        Exchange("2026-12-01T10:05:00+08:00", "telegram:1", "怎么申请仲裁", new() { Mode = AnswerMode.Answer, Confidence = 0.8, TopicId = "guide/unpaid-wages", Channels = ["labor-arbitration"] });
        store.AddFeedback("telegram:1", a1, useful: true);
        Exchange("2026-12-01T23:30:00+08:00", "terminal:a", "今天天气怎么样", new() { Mode = AnswerMode.Scope, OutOfScope = true });

        Exchange("2026-12-02T00:30:00+08:00", "telegram:2", "我不想活了", new() { Mode = AnswerMode.Crisis, Escalation = EscalationKind.Crisis, Channels = ["emergency"] });
        var crisis = store.Escalate("telegram:2", EscalationKind.Crisis);
        var a5 = Exchange("2026-12-02T15:00:00+08:00", "telegram:1", "还有别的办法吗", new() { Mode = AnswerMode.Clarify });
        clock.Now = DateTimeOffset.Parse("2026-12-02T15:01:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        store.AddFeedback("telegram:1", a5, useful: false);

        Exchange("2026-12-03T10:00:00+08:00", "telegram:3", "转人工", new() { Mode = AnswerMode.Human, Escalation = EscalationKind.HumanRequest });
        var human = store.Escalate("telegram:3", EscalationKind.HumanRequest);

        var cases = db.Database.GetCollection("escalations");
        var doc = cases.FindById(crisis.Id);
        doc["Status"] = "claimed";
        doc["ClaimedUtc"] = new DateTime(2026, 12, 1, 16, 42, 0, DateTimeKind.Utc);
        cases.Update(doc);
        doc = cases.FindById(human.Id);
        doc["Status"] = "resolved";
        doc["FirstResponseUtc"] = new DateTime(2026, 12, 3, 2, 30, 0, DateTimeKind.Utc);
        doc["ResolvedUtc"] = new DateTime(2026, 12, 3, 3, 0, 0, DateTimeKind.Utc);
        cases.Update(doc);
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
