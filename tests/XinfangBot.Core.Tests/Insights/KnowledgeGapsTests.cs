using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Insights;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Insights;

public sealed class KnowledgeGapsTests : IDisposable
{
    private readonly string _dbPath = TestPaths.TempDatabase();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly LiteDbProvider _db;
    private readonly ConversationStore _conversations;
    private readonly KnowledgeDrafts _drafts;
    private readonly KnowledgeGaps _gaps;

    public KnowledgeGapsTests()
    {
        _db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = _dbPath }));
        _conversations = new ConversationStore(_db, _clock);
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var store = new KnowledgeStore(_db, _clock);
        _drafts = new KnowledgeDrafts(_db, store, rules, _clock);
        var options = TestPaths.KnowledgeOptions;
        _gaps = new KnowledgeGaps(_db, rules, _drafts, options, _clock);
    }

    [Fact]
    public void Groups_SeededConversations_GroupsSimilarGapsWithTheirReasons()
    {
        Seed();
        var groups = _gaps.Groups(DateTime.MinValue, DateTime.MaxValue);

        Assert.Equal(3, groups.Count);
        var land = groups[0];
        Assert.Equal(2, land.Count);
        Assert.Equal(1, land.Reasons[GapReason.LowConfidence]);
        Assert.Equal(1, land.Reasons[GapReason.Clarify]);
        Assert.Contains(groups, g => g.Count == 1 && g.Reasons.ContainsKey(GapReason.NotUseful) && g.Representative.Contains("[手机号]", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Reasons.ContainsKey(GapReason.OutOfScopeInDomain));
        Assert.DoesNotContain(groups, g => g.Representative.Contains("天气", StringComparison.Ordinal) || g.Representative.Contains("复查", StringComparison.Ordinal));
    }

    [Fact]
    public void StartDraft_FromAGroup_CreatesAMaskedDraftFaqAndTakesTheGroupOffTheQueue()
    {
        Seed();
        var group = _gaps.Groups(DateTime.MinValue, DateTime.MaxValue).Single(g => g.Reasons.ContainsKey(GapReason.NotUseful));
        var result = _gaps.StartDraft(group, "wang");

        Assert.StartsWith("faq/gap-20261201-", result.Draft.Id, StringComparison.Ordinal);
        Assert.Equal("gap", result.Draft.Origin);
        Assert.Contains("status: draft", result.Draft.Raw, StringComparison.Ordinal);
        Assert.Contains("[手机号]", result.Draft.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", result.Draft.Raw, StringComparison.Ordinal);
        Assert.Contains(result.Errors, e => e.Message.Contains("cites", StringComparison.Ordinal));
        Assert.NotNull(_drafts.Get(result.Draft.Id));
        Assert.Equal(2, _gaps.Groups(DateTime.MinValue, DateTime.MaxValue).Count);
    }

    private void Seed()
    {
        Exchange("telegram:1", "征地补偿太少了怎么办", new() { Mode = AnswerMode.Answer, Confidence = 0.3, TopicId = "guide/land-acquisition" });
        Exchange("telegram:2", "征地补偿太少怎么办啊", new() { Mode = AnswerMode.Clarify });
        Exchange("telegram:3", "今天天气怎么样", new() { Mode = AnswerMode.Scope, OutOfScope = true });
        Exchange("telegram:4", "这个事归哪个部门管，你们能查吗", new() { Mode = AnswerMode.Scope, OutOfScope = true });
        var notUseful = Exchange("telegram:5", "我的手机号13812345678，工资被拖欠半年", new() { Mode = AnswerMode.Answer, Confidence = 0.9, TopicId = "guide/unpaid-wages" });
        _conversations.AddFeedback("telegram:5", notUseful, useful: false);
        Exchange("telegram:6", "对处理意见不服怎么申请复查", new() { Mode = AnswerMode.Answer, Confidence = 0.9, TopicId = "faq/fucha-review" });
    }

    private long Exchange(string conversationId, string question, ConversationMessage answer)
    {
        var parts = conversationId.Split(':');
        _conversations.GetOrStart(parts[0], parts[1]);
        _clock.Set(_clock.GetUtcNow().AddMinutes(1));
        _conversations.Record(new ConversationMessage { ConversationId = conversationId, Direction = MessageDirection.In, Author = MessageAuthor.User, Text = question });
        answer.ConversationId = conversationId;
        answer.Direction = MessageDirection.Out;
        answer.Author = MessageAuthor.Bot;
        answer.Text = "回答";
        return _conversations.Record(answer);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_dbPath);
    }
}
