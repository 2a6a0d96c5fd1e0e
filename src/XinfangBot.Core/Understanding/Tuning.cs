using System.Globalization;
using YamlDotNet.Serialization;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// The tuning numbers of understanding and answering (rules/tuning.yaml): how topic evidence is weighed, how cited
/// articles are ordered, and the confidence below which the bot asks instead of answering. Every value is required;
/// start-up fails naming the file and the key when one is missing or not a number.
/// </summary>
public sealed class Tuning
{
    private readonly Dictionary<string, double> _values;
    private readonly string _path;

    private Tuning(Dictionary<string, double> values, string path)
    {
        _values = values;
        _path = path;
        Topic = new TopicTuning(this);
        Citations = new CitationTuning(this);
        Answer = new AnswerTuning(this);
        var missing = RequiredKeys.Where(k => !_values.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: missing tuning values: {string.Join(", ", missing)}");
        }
    }

    /// <summary>Every key the engine reads; the file must define each one.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } =
    [
        "topic.document_hits", "topic.law_hits", "topic.bm25_weight", "topic.keyword_weight", "topic.time_bonus",
        "topic.law_votes", "topic.vote_weight", "topic.max_votes", "topic.confidence_keyword", "topic.confidence_strength",
        "topic.confidence_margin", "topic.history_below", "topic.followup_plain_max_length", "topic.followup_marker_max_length", "topic.second_keyword_score",
        "topic.second_score_share", "topic.second_bm25_share", "topic.second_window", "topic.second_clause_confidence", "topic.second_clauses", "topic.second_clause_min_chars", "topic.max_query_terms",
        "topic.max_query_chars", "topic.history_turns", "topic.keyword_gap", "topic.routed_confidence",
        "citations.order_decay", "citations.relevance_weight", "citations.relevance_power", "citations.line_bonus", "citations.line_max_ties", "citations.time_bonus", "citations.materials_bonus",
        "citations.evidence_weight", "citations.evidence_power", "citations.evidence_min_chars", "citations.evidence_length_norm", "citations.evidence_min_articles", "citations.lead_bonus", "citations.lead_decay",
        "answer.min_confidence", "answer.small_talk_confidence", "answer.small_talk_max_length", "answer.urgent_topic_confidence",
        "answer.out_of_scope_keyword_score", "answer.max_steps", "answer.max_basis", "answer.time_lines_asked", "answer.time_lines",
        "answer.line_aspect_bonus", "answer.materials_lines", "answer.quote_max_chars", "answer.quote_min_cut", "answer.clarify_window",
        "answer.clarify_max", "answer.english_min_letters", "answer.english_letters_per_cjk", "answer.max_cited_laws", "answer.second_matter_cite_place",
    ];

    public TopicTuning Topic { get; }
    public CitationTuning Citations { get; }
    public AnswerTuning Answer { get; }

    public static Tuning Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: tuning file not found", path);
        }

        Dictionary<string, Dictionary<string, string>>? sections;
        try
        {
            sections = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (section, entries) in sections ?? [])
        {
            foreach (var (key, text) in entries ?? [])
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
                {
                    throw new InvalidDataException($"{path}: {section}.{key} must be a number ≥ 0, not '{text}'");
                }

                values[$"{section}.{key}"] = value;
            }
        }

        return new Tuning(values, path);
    }

    private double this[string key] =>
        _values.TryGetValue(key, out var value) ? value : throw new InvalidDataException($"{_path}: missing tuning value {key}");

    /// <summary>Weights of topic evidence (TopicFinder).</summary>
    public sealed class TopicTuning(Tuning t)
    {
        public int DocumentHits => (int)t["topic.document_hits"];
        public int LawHits => (int)t["topic.law_hits"];
        public double Bm25Weight => t["topic.bm25_weight"];
        public double KeywordWeight => t["topic.keyword_weight"];
        public double TimeBonus => t["topic.time_bonus"];
        public int LawVotes => (int)t["topic.law_votes"];
        public double VoteWeight => t["topic.vote_weight"];
        public double MaxVotes => t["topic.max_votes"];
        public double ConfidenceKeyword => t["topic.confidence_keyword"];
        public double ConfidenceStrength => t["topic.confidence_strength"];
        public double ConfidenceMargin => t["topic.confidence_margin"];
        public double HistoryBelow => t["topic.history_below"];
        public int FollowupPlainMaxLength => (int)t["topic.followup_plain_max_length"];
        public int FollowupMarkerMaxLength => (int)t["topic.followup_marker_max_length"];
        public double SecondKeywordScore => t["topic.second_keyword_score"];
        public double SecondScoreShare => t["topic.second_score_share"];
        public double SecondBm25Share => t["topic.second_bm25_share"];
        public int SecondWindow => (int)t["topic.second_window"];
        public double SecondClauseConfidence => t["topic.second_clause_confidence"];
        public int SecondClauses => (int)t["topic.second_clauses"];
        public int SecondClauseMinChars => (int)t["topic.second_clause_min_chars"];
        public int MaxQueryTerms => (int)t["topic.max_query_terms"];
        public int MaxQueryChars => (int)t["topic.max_query_chars"];
        public int HistoryTurns => (int)t["topic.history_turns"];
        public int KeywordGap => (int)t["topic.keyword_gap"];
        public double RoutedConfidence => t["topic.routed_confidence"];
    }

    /// <summary>How a topic's cited articles are ordered for one question (CitationRanker).</summary>
    public sealed class CitationTuning(Tuning t)
    {
        public double OrderDecay => t["citations.order_decay"];
        public double RelevanceWeight => t["citations.relevance_weight"];
        public double RelevancePower => t["citations.relevance_power"];
        public double LineBonus => t["citations.line_bonus"];
        public double LineMaxTies => t["citations.line_max_ties"];
        public double TimeBonus => t["citations.time_bonus"];
        public double MaterialsBonus => t["citations.materials_bonus"];
        public double EvidenceWeight => t["citations.evidence_weight"];
        public double EvidencePower => t["citations.evidence_power"];
        public int EvidenceMinChars => (int)t["citations.evidence_min_chars"];
        public double EvidenceLengthNorm => t["citations.evidence_length_norm"];
        public int EvidenceMinArticles => (int)t["citations.evidence_min_articles"];
        public double LeadBonus => t["citations.lead_bonus"];
        public double LeadDecay => t["citations.lead_decay"];
    }

    /// <summary>When the engine answers, asks, or treats a message as small talk (AnswerEngine, OfflineComposer).</summary>
    public sealed class AnswerTuning(Tuning t)
    {
        public double MinConfidence => t["answer.min_confidence"];
        public double SmallTalkConfidence => t["answer.small_talk_confidence"];
        public int SmallTalkMaxLength => (int)t["answer.small_talk_max_length"];
        public double UrgentTopicConfidence => t["answer.urgent_topic_confidence"];
        public double OutOfScopeKeywordScore => t["answer.out_of_scope_keyword_score"];
        public int MaxSteps => (int)t["answer.max_steps"];
        public int MaxBasis => (int)t["answer.max_basis"];
        public int TimeLinesAsked => (int)t["answer.time_lines_asked"];
        public int TimeLines => (int)t["answer.time_lines"];
        public int LineAspectBonus => (int)t["answer.line_aspect_bonus"];
        public int MaterialsLines => (int)t["answer.materials_lines"];
        public int QuoteMaxChars => (int)t["answer.quote_max_chars"];
        public int QuoteMinCut => (int)t["answer.quote_min_cut"];
        public int ClarifyWindow => (int)t["answer.clarify_window"];
        public int ClarifyMax => (int)t["answer.clarify_max"];
        public int EnglishMinLetters => (int)t["answer.english_min_letters"];
        public double EnglishLettersPerCjk => t["answer.english_letters_per_cjk"];
        public int MaxCitedLaws => (int)t["answer.max_cited_laws"];
        public int SecondMatterCitePlace => (int)t["answer.second_matter_cite_place"];
    }
}
