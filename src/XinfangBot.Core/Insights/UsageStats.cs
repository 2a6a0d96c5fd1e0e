using LiteDB;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Insights;

/// <summary>
/// Statistics from the conversation records (CONTRACTS §7): questions, conversations, answers by channel and domain,
/// escalations and cases, feedback, unanswered questions. Days are China dates; both ends of a range are included.
/// </summary>
public sealed class UsageStats(LiteDbProvider db, IOptions<KnowledgeOptions> options, Escalations.CaseClock? clock = null)
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private static readonly string[] Kinds = [.. EscalationKinds.All.Select(k => k.Name())];
    private static readonly string ResolvedName = EscalationStatus.Resolved.Name();
    private static readonly string[] CaseStates = [.. EscalationStatuses.All.Select(s => s.Name())];

    private ILiteCollection<ConversationMessage> Messages => db.Database.GetCollection<ConversationMessage>("messages");
    private ILiteCollection<Feedback> Feedbacks => db.Database.GetCollection<Feedback>("feedback");
    private ILiteCollection<BsonDocument> Cases => db.Database.GetCollection("escalations");

    public static DateTime StartUtc(DateOnly? from) =>
        from is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ChinaOffset).UtcDateTime : DateTime.MinValue;

    public static DateTime EndUtc(DateOnly? to) =>
        to is { } d ? new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset).UtcDateTime : DateTime.MaxValue;

    public static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(utc.Add(ChinaOffset));

    public StatsReport Compute(DateOnly? from = null, DateOnly? to = null)
    {
        var start = StartUtc(from);
        var end = EndUtc(to);
        var messages = Messages.Find(m => m.AtUtc >= start && m.AtUtc < end).ToList();
        var questions = messages.Where(m => m.Direction == MessageDirection.In && m.Author.Role == AuthorRole.User).ToList();
        var answers = messages.Where(m => m.Direction == MessageDirection.Out && m.Author.Role == AuthorRole.Bot).ToList();
        var unanswered = answers.Where(IsUnanswered).ToList();
        var domains = DomainMap.Load(options.Value.ResolvedPromptsPath);

        var cases = Cases.FindAll().Select(CaseRow.From).Where(c => c.CreatedUtc >= start && c.CreatedUtc < end)
            .Select(c => c.DueUtc is null && clock is not null ? c with { DueUtc = clock.DueOf(new Escalation { Kind = StoredNames.TryParse<EscalationKind>(c.Kind, out var kind) ? kind : EscalationKind.Unresolved, CreatedUtc = c.CreatedUtc }) } : c)
            .ToList();
        var responses = cases.Select(c => FirstResponse(c, messages)).Where(r => r is not null).Select(r => r!.Value).Order().ToList();
        var resolvedWithDue = cases.Where(c => c.Status == ResolvedName && c.DueUtc is not null && c.ResolvedUtc is not null).ToList();
        var onTime = resolvedWithDue.Count(c => c.ResolvedUtc <= c.DueUtc);
        var feedback = Feedbacks.Find(f => f.AtUtc >= start && f.AtUtc < end).ToList();

        var days = questions.Select(q => ChinaDay(q.AtUtc))
            .Concat(cases.Select(c => ChinaDay(c.CreatedUtc)))
            .Distinct()
            .Order()
            .Select(day => new DayStats(
                day,
                questions.Count(q => ChinaDay(q.AtUtc) == day),
                questions.Where(q => ChinaDay(q.AtUtc) == day).Select(q => q.ConversationId).Distinct(StringComparer.Ordinal).Count(),
                unanswered.Count(a => ChinaDay(a.AtUtc) == day),
                cases.Count(c => ChinaDay(c.CreatedUtc) == day)))
            .ToList();

        return new StatsReport
        {
            From = from,
            To = to,
            Questions = questions.Count,
            Conversations = questions.Select(q => q.ConversationId).Distinct(StringComparer.Ordinal).Count(),
            Unanswered = unanswered.Count,
            ByChannel = Count(answers.Where(a => a.Channels.Count > 0).Select(a => a.Channels[0])),
            BySource = Count(questions.Select(q => q.ConversationId.Split(':')[0])),
            ByTopic = Count(answers.Where(a => a.TopicId is not null).Select(a => a.TopicId!)),
            ByDomain = Count(answers.Where(a => a.TopicId is not null).Select(a => domains.Of(a.TopicId!))),
            Escalations = Kinds.ToDictionary(k => k, k => cases.Count(c => c.Kind == k), StringComparer.Ordinal),
            Cases = CaseStates.ToDictionary(s => s, s => cases.Count(c => c.Status == s), StringComparer.Ordinal),
            MedianFirstResponseMinutes = Median(responses),
            Responded = responses.Count,
            ResolvedOnTime = onTime,
            OnTimeRate = resolvedWithDue.Count == 0 ? 0 : Math.Round((double)onTime / resolvedWithDue.Count, 4),
            Useful = feedback.Count(f => f.Useful),
            NotUseful = feedback.Count(f => !f.Useful),
            PerDay = days,
        };
    }

    /// <summary>No topic was answered: the bot asked to say more, or called it out of scope. Older records without a
    /// mode count when the reply had no topic, channel or escalation.</summary>
    public static bool IsUnanswered(ConversationMessage answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Mode is null
            ? answer.TopicId is null && answer.Escalation is null && answer.Channels.Count == 0
            : answer.Mode is AnswerMode.Clarify or AnswerMode.Scope;
    }

    /// <summary>Minutes from a case's opening to the first response by a person: the recorded first response or claim,
    /// else the first message staff sent in its conversation.</summary>
    private static double? FirstResponse(CaseRow c, IReadOnlyList<ConversationMessage> messages)
    {
        var at = c.FirstResponseUtc ?? c.ClaimedUtc ?? messages
            .Where(m => m.ConversationId == c.ConversationId && m.Direction == MessageDirection.Out && m.Author.Role is AuthorRole.Staff or AuthorRole.Case && m.AtUtc >= c.CreatedUtc)
            .Select(m => (DateTime?)m.AtUtc)
            .Min();
        return at is { } t ? Math.Max(0, (t - c.CreatedUtc).TotalMinutes) : null;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count == 0 ? 0
        : sorted.Count % 2 == 1 ? Math.Round(sorted[sorted.Count / 2], 1)
        : Math.Round((sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2, 1);

    private static Dictionary<string, int> Count(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>A case as stored, read field by field so cases written by any version of the case code are counted.</summary>
    private sealed record CaseRow(string ConversationId, string Kind, string Status, DateTime CreatedUtc, DateTime? ClaimedUtc, DateTime? FirstResponseUtc, DateTime? ResolvedUtc, DateTime? DueUtc)
    {
        public static CaseRow From(BsonDocument d) => new(
            d["ConversationId"].IsString ? d["ConversationId"].AsString : string.Empty,
            d["Kind"].IsString ? d["Kind"].AsString : string.Empty,
            d["Status"].IsString ? d["Status"].AsString : EscalationStatus.Open.Name(),
            Time(d["CreatedUtc"]) ?? DateTime.MinValue,
            Time(d["ClaimedUtc"]),
            Time(d["FirstResponseUtc"]),
            Time(d["ResolvedUtc"]),
            Time(d["DueUtc"]));

        private static DateTime? Time(BsonValue value) =>
            value.IsDateTime ? DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc) : null;
    }
}
