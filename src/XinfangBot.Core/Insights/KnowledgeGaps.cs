using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LiteDB;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Insights;

/// <summary>
/// What citizens asked that the knowledge did not cover: answers with low confidence, requests to say more, questions
/// called out of scope that use the domain's words, answers marked 没用, conversations ending unresolved — grouped by
/// similarity, each group one click from a draft FAQ (masked text only). Drafts made from resolved cases are listed too.
/// </summary>
public sealed class KnowledgeGaps(LiteDbProvider db, RuleBook rules, KnowledgeDrafts drafts, IOptions<KnowledgeOptions> options, TimeProvider time)
{
    /// <summary>Below this confidence an answer is worth a curator's look.</summary>
    public const double LowConfidence = 0.45;

    /// <summary>Questions at least this similar (bigram Jaccard) share a group.</summary>
    public const double SameGroup = 0.34;

    private static readonly JsonSerializerOptions YamlString = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ILiteCollection<ConversationMessage> Messages => db.Database.GetCollection<ConversationMessage>("messages");
    private ILiteCollection<Feedback> Feedbacks => db.Database.GetCollection<Feedback>("feedback");
    private ILiteCollection<BsonDocument> Handled => db.Database.GetCollection("gap_handled");

    /// <summary>Every gap question between the two times (UTC), newest first, leaving out those already handled.</summary>
    public IReadOnlyList<GapQuestion> Questions(DateTime fromUtc, DateTime toUtc)
    {
        var messages = Messages.Find(m => m.AtUtc >= fromUtc && m.AtUtc < toUtc).ToList();
        var notUseful = Feedbacks.Find(f => !f.Useful).Select(f => f.MessageId).ToHashSet();
        var handled = Handled.FindAll().Select(d => d["_id"].AsInt64).ToHashSet();
        var items = new List<GapQuestion>();
        foreach (var conversation in messages.GroupBy(m => m.ConversationId))
        {
            ConversationMessage? question = null;
            foreach (var m in conversation.OrderBy(m => m.Id))
            {
                if (m.Direction == MessageDirection.In)
                {
                    question = m.Author.Role == AuthorRole.User ? m : null;
                    continue;
                }

                if (m.Author.Role != AuthorRole.Bot || question is null)
                {
                    continue;
                }

                if (!handled.Contains(question.Id) && ReasonOf(m, question, notUseful) is { } reason)
                {
                    items.Add(new GapQuestion(question.Id, conversation.Key, PiiMasker.Mask(question.Text), reason, m.AtUtc, m.TopicId));
                }

                question = null;
            }
        }

        return items.OrderByDescending(i => i.AtUtc).ThenByDescending(i => i.MessageId).ToList();
    }

    /// <summary>The gap questions grouped by similarity, biggest groups first.</summary>
    public IReadOnlyList<GapGroup> Groups(DateTime fromUtc, DateTime toUtc)
    {
        var groups = new List<(HashSet<string> Shape, List<GapQuestion> Members)>();
        foreach (var item in Questions(fromUtc, toUtc))
        {
            var shape = QuestionSimilarity.Bigrams(item.Text);
            var home = groups.FirstOrDefault(g => QuestionSimilarity.Jaccard(g.Shape, shape) >= SameGroup);
            if (home.Members is null)
            {
                groups.Add((shape, [item]));
            }
            else
            {
                home.Members.Add(item);
            }
        }

        return groups
            .Select(g => new GapGroup(
                g.Members[0].MessageId,
                g.Members[0].Text,
                g.Members.Count,
                g.Members.GroupBy(m => m.Reason).ToDictionary(r => r.Key, r => r.Count(), StringComparer.Ordinal),
                g.Members[0].AtUtc,
                g.Members.Select(m => m.Text).Distinct(StringComparer.Ordinal).Take(10).ToList(),
                g.Members.Select(m => m.MessageId).ToList()))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastSeenUtc)
            .ToList();
    }

    /// <summary>Takes a group off the queue (not a gap, or dealt with), recording who and why.</summary>
    public void Dismiss(IEnumerable<long> messageIds, string author, string outcome = "dismissed")
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in messageIds)
        {
            Handled.Upsert(new BsonDocument { ["_id"] = id, ["author"] = author, ["at"] = now, ["outcome"] = outcome });
        }
    }

    /// <summary>Starts a draft FAQ from a group: its wordings become the examples; the group leaves the queue.</summary>
    public DraftResult StartDraft(GapGroup group, string author)
    {
        ArgumentNullException.ThrowIfNull(group);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = string.Create(CultureInfo.InvariantCulture, $"faq/gap-{today:yyyyMMdd}-{group.Key}");
        var result = drafts.Save(id, Fill(id, group.Representative, group.Questions, null, today), author, "gap");
        Dismiss(group.MessageIds, author, "draft " + id);
        return result;
    }

    /// <summary>Draft FAQs made from resolved cases that no curator has turned into a knowledge draft yet.</summary>
    public IReadOnlyList<CaseDraftItem> CaseDrafts()
    {
        var collection = db.Database.GetCollection("faq_drafts");
        return collection.FindAll()
            .Where(d => !d["Status"].IsString || d["Status"].AsString == "draft")
            .Select(d => new CaseDraftItem(
                d["CaseId"].IsNumber ? d["CaseId"].AsInt64 : 0,
                d["Title"].IsString ? d["Title"].AsString : string.Empty,
                d["Question"].IsString ? d["Question"].AsString : string.Empty,
                d["Answer"].IsString ? d["Answer"].AsString : string.Empty,
                d["CreatedUtc"].IsDateTime ? DateTime.SpecifyKind(d["CreatedUtc"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc) : DateTime.MinValue))
            .Where(c => drafts.Get(CaseDraftId(c.CaseId)) is null)
            .OrderByDescending(c => c.CreatedUtc)
            .ToList();
    }

    /// <summary>Starts a knowledge draft from a case's FAQ draft: the question as example, the staff answer as the first text.</summary>
    public DraftResult? StartDraftFromCase(long caseId, string author)
    {
        var item = CaseDrafts().FirstOrDefault(c => c.CaseId == caseId);
        if (item is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = CaseDraftId(caseId);
        return drafts.Save(id, Fill(id, item.Question, [item.Question], PiiMasker.Mask(item.Answer), today), author, string.Create(CultureInfo.InvariantCulture, $"case #{caseId}"));
    }

    private static string CaseDraftId(long caseId) => string.Create(CultureInfo.InvariantCulture, $"faq/case-{caseId}");

    private string? ReasonOf(ConversationMessage answer, ConversationMessage question, HashSet<long> notUseful)
    {
        if (notUseful.Contains(answer.Id))
        {
            return GapReason.NotUseful;
        }

        if (answer.Escalation == EscalationKind.Unresolved)
        {
            return GapReason.Unresolved;
        }

        if (answer.OutOfScope)
        {
            return rules.HasDomainWord(rules.Normalizer.Normalize(question.Text).Text) ? GapReason.OutOfScopeInDomain : null;
        }

        return answer.Mode switch
        {
            AnswerMode.Clarify => GapReason.Clarify,
            AnswerMode.Answer => answer.Confidence < LowConfidence ? GapReason.LowConfidence : null,
            null or AnswerMode.AnswerLlm or AnswerMode.Crisis or AnswerMode.Threat or AnswerMode.Human or AnswerMode.Unresolved
                or AnswerMode.Scope or AnswerMode.Greeting or AnswerMode.Help or AnswerMode.Thanks or AnswerMode.Empty or AnswerMode.Error => null,
        };
    }

    private string Fill(string id, string question, IEnumerable<string> examples, string? answer, DateOnly today)
    {
        var template = File.ReadAllText(Path.Combine(options.Value.ResolvedPath, "templates", "faq-draft.md"));
        var title = question.ReplaceLineEndings(" ").Trim();
        title = title.Length > 40 ? title[..40] + "…" : title;
        var exampleLines = string.Join('\n', examples.Select(e => "  - " + System.Text.Json.JsonSerializer.Serialize(e.ReplaceLineEndings(" "), YamlString)));
        return template
            .Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{title}", System.Text.Json.JsonSerializer.Serialize(title, YamlString), StringComparison.Ordinal)
            .Replace("{examples}", exampleLines, StringComparison.Ordinal)
            .Replace("{reviewed}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{answer}", answer ?? string.Empty, StringComparison.Ordinal);
    }
}
