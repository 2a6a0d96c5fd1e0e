using Microsoft.Extensions.Logging;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Text;
using XinfangBot.Core.Triage;
using XinfangBot.Core.Understanding;

namespace XinfangBot.Core.Answering;

/// <summary>
/// The pipeline for one message: normalize → triage → understand → retrieve → route → compose → validate.
/// The same engine serves the terminal, batch answering and Telegram; it never stores or logs message text.
/// </summary>
public sealed partial class AnswerEngine(KnowledgeService knowledge, RuleBook rules, TimeProvider time, ILogger<AnswerEngine> logger, IAnswerPhraser? phraser = null, ISafetyJudge? judge = null, ITopicChooser? chooser = null)
{
    private readonly OfflineComposer _composer = new(rules);
    private readonly DeadlineCalculator _deadlines = new(rules.Deadlines);

    private AnswerTemplates T => rules.Templates;

    private Tuning.AnswerTuning Tune => rules.Tuning.Answer;

    /// <summary>
    /// The answer as a channel sends it: the offline answer, phrased by the configured LLM when one is set and its
    /// phrasing passes the checks. Crisis, threat and every non-topic reply stay exactly as the offline engine wrote them.
    /// </summary>
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        var offline = Answer(question);
        if (judge is { IsEnabled: true } && offline.Escalation is not (EscalationKind.Crisis or EscalationKind.Threat))
        {
            // The offline triage left the message uncertain: the LLM's opinion can raise it, never lower it.
            var safety = await AssessSafetyAsync(question, cancellationToken).ConfigureAwait(false);
            if (safety.IsAlarm)
            {
                return Raised(question, safety.Kind);
            }
        }

        if (chooser is { IsEnabled: true } && offline.Escalation is null && (offline.Unsure || (offline.Mode == AnswerMode.Answer && offline.Confidence < chooser.Below)))
        {
            offline = await UnderstandAsync(question, offline, cancellationToken).ConfigureAwait(false);
        }

        if (phraser is null || !phraser.IsEnabled || offline.Mode != AnswerMode.Answer)
        {
            return offline;
        }

        try
        {
            return await phraser.PhraseAsync(question, offline, knowledge.Current, cancellationToken).ConfigureAwait(false) ?? offline;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, question.Text.Length, ex.GetType().Name, FirstFrame(ex));
            return offline;
        }
    }

    /// <summary>
    /// The understanding step: the LLM may choose one catalogue topic for a message the offline engine could not place
    /// (or placed with little confidence); the answer is then composed offline for that topic, validated as always.
    /// An unknown id, none, a failure or a timeout leaves the offline answer.
    /// </summary>
    private async Task<Answer> UnderstandAsync(Question question, Answer offline, CancellationToken cancellationToken)
    {
        var names = ChannelIds.All.ToDictionary(id => id, id => rules.Channels[id].Name, StringComparer.Ordinal);
        KnowledgeEntry? chosen;
        try
        {
            chosen = await chooser!.ChooseAsync(question.Text, knowledge.Current, names, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, question.Text.Length, ex.GetType().Name, FirstFrame(ex));
            return offline;
        }

        if (chosen is null || chosen.Id == offline.TopicId)
        {
            return offline;
        }

        var answer = Answer(question, chosen);
        if (answer.Mode != AnswerMode.Answer)
        {
            return offline;
        }

        // A message that sounded distressed keeps its help line.
        return offline.Sections.Any(s => s.Lines.Contains(T.Care)) ? WithCare(answer) : answer;
    }

    /// <summary>
    /// The safety decision for a message in its conversation: the offline triage, and — when an LLM is configured and the
    /// offline result is in the uncertain band — the LLM's opinion, which can only raise the risk.
    /// </summary>
    public async Task<SafetyAssessment> AssessSafetyAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = rules.Normalizer.Normalize(question.Text).Text;
        var earlier = question.History.Where(t => t.Role == Turn.UserRole).Select(t => rules.Normalizer.Normalize(t.Text).Text).ToList();
        var offline = rules.Safety.Assess(text, earlier);
        if (offline.Band != SafetyBand.Uncertain || judge is null || !judge.IsEnabled)
        {
            return offline;
        }

        var opinion = await judge.JudgeAsync(question.Text, cancellationToken).ConfigureAwait(false);
        return opinion is SafetyLabel.Crisis or SafetyLabel.Threat
            ? offline with { Kind = opinion.Value, Band = SafetyBand.Alarm, Reason = offline.Reason + " + llm" }
            : offline;
    }

    /// <summary>
    /// The offline answer: fast, deterministic, validated. An exception inside the pipeline never reaches the caller:
    /// the citizen gets an apology with the official channels (prompts: <c>failure</c>), logged without the text.
    /// </summary>
    public Answer Answer(Question question) => Answer(question, topic: null);

    /// <summary>The offline answer, about <paramref name="topic"/> when it is given (a topic the understanding step chose).</summary>
    public Answer Answer(Question question, KnowledgeEntry? topic)
    {
        ArgumentNullException.ThrowIfNull(question);
        try
        {
            return AnswerCore(question, topic);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, question.Text?.Length ?? 0, ex.GetType().Name, FirstFrame(ex));
            var sections = new List<AnswerSection> { new(SectionKind.Conclusion, null, T.Failure.Split('\n')) };
            return new Answer { Text = AnswerText.Render(sections), Sections = sections, Mode = AnswerMode.Error, Confidence = 0 };
        }
    }

    /// <summary>Where an exception was thrown (type and method), without its message, which may quote the citizen's text.</summary>
    private static string FirstFrame(Exception ex) =>
        (ex.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "?";

    private Answer AnswerCore(Question question, KnowledgeEntry? chosen)
    {
        var normalized = rules.Normalizer.Normalize(question.Text);
        if (normalized.IsEmpty)
        {
            return Simple(T.Empty, AnswerMode.Empty, question, outOfScope: false, followups: T.ClarifyOptions);
        }

        var text = normalized.Text;
        var earlier = question.History.Where(t => t.Role == Turn.UserRole).Select(t => rules.Normalizer.Normalize(t.Text).Text).ToList();
        var safety = rules.Safety.Assess(text, earlier);
        var answer = Answer(question, normalized, earlier, safety, chosen);

        // A crisis raised earlier in the conversation stays raised: every later reply keeps the help line.
        return safety.RaisedBy == SafetyLabel.Crisis && answer.Escalation is null ? WithCare(answer) : answer;
    }

    private static bool HasChineseCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The urgent reply for a risk the offline triage left uncertain and a second look (the LLM) confirmed.</summary>
    public Answer Raised(Question question, SafetyLabel kind)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = rules.Normalizer.Normalize(question.Text).Text;
        var earlier = question.History.Where(t => t.Role == Turn.UserRole).Select(t => rules.Normalizer.Normalize(t.Text).Text).ToList();
        var understanding = TopicFinder.Understand(text, earlier, knowledge.Current, rules.Vocabulary, rules.Tuning, rules.Aspects, rules.Routing, earlier.Count == 0 || rules.HasDomainWord(text));
        return kind == SafetyLabel.Threat
            ? Urgent(T.Threat, T.ThreatGrievance, EscalationKind.Threat, "police", understanding, question, Tune.UrgentTopicConfidence)
            : Urgent(T.Crisis, T.CrisisGrievance, EscalationKind.Crisis, "emergency", understanding, question, Tune.UrgentTopicConfidence);
    }

    private Answer Answer(Question question, Text.NormalizedText normalized, List<string> earlier, SafetyAssessment safety, KnowledgeEntry? chosen)
    {
        var text = normalized.Text;
        var kb = knowledge.Current;
        var triage = rules.Triage.Classify(text);
        var grievanceWords = rules.HasDomainWord(text);
        var understanding = TopicFinder.Understand(text, earlier, kb, rules.Vocabulary, rules.Tuning, rules.Aspects, rules.Routing, grievanceWords);
        if (chosen is not null)
        {
            // The understanding step's choice (a catalogue id, already validated) replaces the offline topic.
            understanding = understanding with { Topic = new TopicMatch(chosen, 0, 0, []), Second = null, Confidence = Math.Max(understanding.Confidence, Tune.MinConfidence), Routing = "llm" };
        }

        LogUnderstood(logger, normalized.OriginalLength, triage.Kind, understanding.Topic?.Entry.Id, understanding.Confidence);
        if (safety.IsAlarm)
        {
            LogSafety(logger, safety.Kind, safety.Lexicon.Crisis, safety.Lexicon.Threat, safety.ModelCrisis, safety.ModelThreat, safety.RaisedBy);
            return safety.Kind == SafetyLabel.Threat
                ? Urgent(safety.AlsoCrisis ? T.ThreatCrisis : T.Threat, T.ThreatGrievance, EscalationKind.Threat, "police", understanding, question, Tune.UrgentTopicConfidence)
                : Urgent(safety.AboutSomeoneVulnerable ? T.CrisisVulnerable : safety.AboutSomeoneElse ? T.CrisisOther : T.Crisis, T.CrisisGrievance, EscalationKind.Crisis, "emergency", understanding, question, Tune.UrgentTopicConfidence);
        }

        // A grievance announced, or a place to take one asked, with nothing naming its matter (no keyword, no routing rule,
        // no earlier turn): asked about, never called out of scope nor guessed from a generic word.
        var unplaced = chosen is null && understanding.Routing is null && !understanding.UsedHistory
            && understanding.Topic is not { KeywordScore: > 0 } && rules.Vague.MatchesLoosely(text);
        if (triage.Kind is not (TriageKind.Crisis or TriageKind.Threat or TriageKind.HumanRequest or TriageKind.Injection) && (rules.Vague.Matches(text) || unplaced))
        {
            // 我有冤情 / 想反映问题: one clarifying question with the roadmap's domains, never a guessed topic.
            return ClarifiedTwice(question)
                ? Simple(T.Unresolved, AnswerMode.Unresolved, question, outOfScope: false) with { Escalation = EscalationKind.Unresolved }
                : Simple(T.Vague, AnswerMode.Clarify, question, outOfScope: false, followups: T.VagueOptions);
        }

        switch (triage.Kind)
        {
            case TriageKind.Crisis:
                return Urgent(T.Crisis, T.CrisisGrievance, EscalationKind.Crisis, "emergency", understanding, question, Tune.UrgentTopicConfidence);
            case TriageKind.Threat:
                return Urgent(T.Threat, T.ThreatGrievance, EscalationKind.Threat, "police", understanding, question, Tune.UrgentTopicConfidence);
            case TriageKind.HumanRequest:
                return Simple(T.HumanRequest, AnswerMode.Human, question, outOfScope: false) with { Escalation = EscalationKind.HumanRequest };
            case TriageKind.Injection:
                return Simple(T.Injection, AnswerMode.Scope, question, outOfScope: true);
            // A kind of grievance a routing rule names (an official moving public money to trade stocks) is in scope
            // even when an off-topic word (炒股) is in the message.
            case TriageKind.OutOfScope when !(understanding.Topic?.KeywordScore >= Tune.OutOfScopeKeywordScore) && understanding.Routing is null:
                return Simple(T.OutOfScope, AnswerMode.Scope, question, outOfScope: true, followups: T.ClarifyOptions);
            // Thanks or a goodbye and nothing else (谢谢你, 好的，再见): the conversation is closing, so the earlier turns'
            // answer is not repeated, nor a goodbye called out of scope.
            case TriageKind.Greeting or TriageKind.Thanks or TriageKind.Closing when triage.Scores.ContainsKey(TriageKind.Closing) && rules.Triage.OnlyOf(text, TriageKind.Greeting, TriageKind.Thanks, TriageKind.Closing):
                return Simple(T.Closing, AnswerMode.Thanks, question, outOfScope: false);
            case TriageKind.Help or TriageKind.Greeting or TriageKind.Thanks when text.Length <= Tune.SmallTalkMaxLength && (understanding.Confidence < Tune.SmallTalkConfidence || understanding.Topic is not { KeywordScore: > 0 }):
                var (reply, mode) = triage.Kind switch { TriageKind.Help => (T.Help, AnswerMode.Help), TriageKind.Greeting => (T.Greeting, AnswerMode.Greeting), _ => (T.Thanks, AnswerMode.Thanks) };
                return Simple(reply, mode, question, outOfScope: false, followups: T.ClarifyOptions);
        }

        if (chosen is null && !HasChineseCharacter(text))
        {
            // Letters typed at random, a number, only emoji: no topic is guessed (nor the earlier turn's answer repeated).
            return Simple(T.NoWords, AnswerMode.Clarify, question, outOfScope: false, followups: T.ClarifyOptions) with { Unsure = true };
        }

        var distressed = rules.HasDistressWord(text);
        var keywordEvidence = understanding.Topic is { KeywordScore: > 0 };
        // A follow-up understood with the earlier turns concerns the matter they named (申请表里要写什么 after a request to
        // see an organ's documents).
        var domainWord = grievanceWords || (understanding.Context is { } context && rules.HasDomainWord(context));
        if (!keywordEvidence && !domainWord && !distressed && chosen is null)
        {
            // Nothing in the message concerns a grievance or the law: say what the bot is for — unless the bot has
            // already asked twice what the matter is, then a person takes over.
            return ClarifiedTwice(question)
                ? Simple(T.Unresolved, AnswerMode.Unresolved, question, outOfScope: false) with { Escalation = EscalationKind.Unresolved }
                : Simple(T.OutOfScope, AnswerMode.Scope, question, outOfScope: true, followups: T.ClarifyOptions) with { Unsure = true };
        }

        if (chosen is null && (!understanding.HasTopic || understanding.Confidence < Tune.MinConfidence || (distressed && !keywordEvidence && !domainWord)))
        {
            var unclear = Unclear(question, understanding);
            unclear = unclear with { Unsure = unclear.Mode == AnswerMode.Clarify };
            return distressed ? WithCare(unclear) : unclear;
        }

        var topic = understanding.Topic!.Entry;
        // Dates are those of the citizens' calendar: China Standard Time (UTC+8, no daylight saving).
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var (topicEntry, ruleIds) = StatedPeriodTopic(text, understanding, kb);
        if (topicEntry != topic)
        {
            understanding = understanding with { Topic = understanding.Topic! with { Entry = topicEntry }, Second = null };
            topic = topicEntry;
        }

        var deadlines = _deadlines.PlanFollowUp(text, understanding.Context, understanding.Aspect.HasFlag(Aspect.Time), ruleIds, today);
        var composed = _composer.Compose(understanding, kb, deadlines, normalized.Truncated);
        var sections = composed.Sections;
        AddClosing(sections, question);
        var (validSections, citations, issues) = AnswerValidator.Validate(sections, composed.Citations, kb);
        foreach (var issue in issues)
        {
            LogValidation(logger, topic.Id, issue);
        }

        return new Answer
        {
            Text = AnswerText.Render(validSections),
            Sections = validSections,
            Citations = citations,
            Channels = composed.Channels,
            Followups = composed.Followups,
            Confidence = Math.Round(understanding.Confidence, 3),
            TopicId = topic.Id,
            ValidationIssues = issues,
            Explanation = Explain(understanding),
        };
    }

    private Answer Urgent(string help, string grievanceTemplate, EscalationKind escalation, string channel, UnderstoodMessage understanding, Question question, double topicConfidence)
    {
        var sections = new List<AnswerSection> { new(SectionKind.Conclusion, null, help.Split('\n')) };
        var channels = new List<string> { channel };
        var citations = new List<string>();
        if (understanding.Topic is { } topic && understanding.Confidence >= topicConfidence && !understanding.UsedHistory && topic.Entry.Kind == EntryKind.Guide)
        {
            sections.Add(new AnswerSection(SectionKind.Steps, null, [OfflineComposer.Fill(grievanceTemplate, ("summary", topic.Entry.Summary ?? topic.Entry.Title))]));
            channels.AddRange(topic.Entry.Channels.Where(c => c != channel));
            // The grievance line rests on the guide's leading articles for this message (CONTRACTS §1: law article ids first), then the guide.
            citations.AddRange(CitationRanker.Rank(topic.Entry, understanding, knowledge.Current, rules.Tuning, rules.Aspects).Take(Tune.MaxBasis));
            citations.Add(topic.Entry.Id);
        }

        return new Answer
        {
            Text = AnswerText.Render(sections),
            Sections = sections,
            Citations = citations,
            Channels = channels,
            Escalation = escalation,
            Confidence = 1,
            TopicId = understanding.Topic?.Entry.Id,
            Mode = escalation switch
            {
                EscalationKind.Crisis => AnswerMode.Crisis,
                EscalationKind.Threat => AnswerMode.Threat,
                EscalationKind.HumanRequest => AnswerMode.Human,
                EscalationKind.Unresolved => AnswerMode.Unresolved,
            },
        };
    }

    private Answer Unclear(Question question, UnderstoodMessage understanding)
    {
        // Two clarifying questions already went unanswered: hand the chat to a person.
        if (ClarifiedTwice(question))
        {
            return Simple(T.Unresolved, AnswerMode.Unresolved, question, outOfScope: false) with { Escalation = EscalationKind.Unresolved };
        }

        return Simple(T.Clarify, AnswerMode.Clarify, question, outOfScope: false, followups: T.ClarifyOptions) with { Confidence = Math.Round(understanding.Confidence, 3) };
    }

    private bool ClarifiedTwice(Question question) =>
        question.History.TakeLast(Tune.ClarifyWindow).Count(t => t.Role == Turn.BotRole && t.Text.StartsWith(T.Clarify[..12], StringComparison.Ordinal)) >= Tune.ClarifyMax;

    /// <summary>Adds the help-hotline line to a reply for a message that sounds distressed without being a crisis.</summary>
    private Answer WithCare(Answer answer)
    {
        var sections = answer.Sections.ToList();
        sections.Insert(1, new AnswerSection(SectionKind.Note, null, [T.Care]));
        return answer with { Sections = sections, Text = AnswerText.Render(sections) };
    }

    private Answer Simple(string text, AnswerMode mode, Question question, bool outOfScope, IReadOnlyList<string>? followups = null)
    {
        var sections = new List<AnswerSection> { new(SectionKind.Conclusion, null, text.Split('\n')) };
        if (mode is AnswerMode.Greeting or AnswerMode.Help or AnswerMode.Clarify)
        {
            AddClosing(sections, question);
        }

        return new Answer
        {
            Text = AnswerText.Render(sections),
            Sections = sections,
            OutOfScope = outOfScope,
            Followups = followups ?? [],
            Confidence = 1,
            Mode = mode,
        };
    }

    private void AddClosing(List<AnswerSection> sections, Question question)
    {
        if (LooksEnglish(question.Text))
        {
            sections.Add(new AnswerSection(SectionKind.Note, null, [T.English]));
        }

        if (question.IsFirstAnswer)
        {
            sections.Add(new AnswerSection(SectionKind.Disclaimer, null, [T.Disclaimer]));
        }
    }

    /// <summary>
    /// A citizen who names a period ("按60天算") asks about the rule with that period: when the topic has no such rule,
    /// the answer moves to the entry whose first deadline rule it is.
    /// </summary>
    private (KnowledgeEntry Topic, IReadOnlyList<string> Rules) StatedPeriodTopic(string text, UnderstoodMessage understanding, KnowledgeBase kb)
    {
        var topic = understanding.Topic!.Entry;
        // Only a period named as a limit counts ("按60天算", "30日内"), not how long something has lasted ("搞了两年").
        var stated = PeriodFinder.Find(rules.Routing.StatedPeriods(text));
        if (stated.Count == 0)
        {
            return (topic, topic.Deadlines);
        }

        bool Matches(DeadlineRule r) => stated.Contains((r.Days + r.Months + r.Years, ChinesePeriods.UnitOf(r.Years, r.Months)));
        if (topic.Deadlines.Select(rules.Deadlines.Get).OfType<DeadlineRule>().Any(Matches))
        {
            return (topic, topic.Deadlines);
        }

        var named = rules.Deadlines.All.Where(Matches)
            .OrderByDescending(r => r.Asks.Count(a => text.Contains(a, StringComparison.Ordinal)))
            .FirstOrDefault();
        var home = named is null ? null : kb.Documents.FirstOrDefault(d => d.Deadlines.Count > 0 && d.Deadlines[0] == named.Id);
        return home is null ? (topic, topic.Deadlines) : (home, home.Deadlines);
    }

    private static string Explain(UnderstoodMessage u) =>
        $"topic {u.Topic?.Entry.Id} score {u.Topic?.Score:F2} bm25 {u.Topic?.Bm25:F2} keywords [{string.Join(", ", u.Topic?.MatchedKeywords ?? [])}] " +
        $"confidence {u.Confidence:F2} strength {u.Strength:F2} aspect {u.Aspect} history {u.UsedHistory} second {u.Second?.Entry.Id} routing {u.Routing}";

    private bool LooksEnglish(string text)
    {
        var letters = text.Count(char.IsAsciiLetter);
        var cjk = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return letters >= Tune.EnglishMinLetters && letters > Tune.EnglishLettersPerCjk * cjk;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message of {Length} chars: triage {Triage}, topic {Topic}, confidence {Confidence:F2}")]
    private static partial void LogUnderstood(ILogger logger, int length, TriageKind triage, string? topic, double confidence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a message of {Length} chars failed ({Error} {Where}); the citizen got the apology with the official channels")]
    private static partial void LogFailed(ILogger logger, int length, string error, string where);

    [LoggerMessage(Level = LogLevel.Information, Message = "Safety triage: {Kind} (lexicon crisis {LexCrisis:F1} threat {LexThreat:F1}, model crisis {ModelCrisis:F2} threat {ModelThreat:F2}, raised by {RaisedBy})")]
    private static partial void LogSafety(ILogger logger, SafetyLabel kind, double lexCrisis, double lexThreat, double modelCrisis, double modelThreat, SafetyLabel raisedBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answer for {Topic} failed validation: {Issue}")]
    private static partial void LogValidation(ILogger logger, string topic, string issue);
}
