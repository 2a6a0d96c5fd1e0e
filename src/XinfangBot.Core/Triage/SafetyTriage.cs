using XinfangBot.Core.Text;

namespace XinfangBot.Core.Triage;

/// <summary>
/// Safety triage (rules/safety/): the lexicon and the trained classifier each give an opinion and either can raise the
/// alarm; the conversation keeps a risk raised by earlier turns. Thresholds live in lexicon.yaml (<c>decision</c>).
/// Loading fails closed: a missing or invalid lexicon or corpus file throws with the file's name.
/// </summary>
public sealed class SafetyTriage
{
    /// <summary>Earlier user turns that still count for the conversation's risk.</summary>
    public const int RememberedTurns = 4;

    private SafetyTriage(SafetyLexicon lexicon, SafetyClassifier classifier, SafetyDecision decision, TriageRules? requests)
    {
        Lexicon = lexicon;
        Classifier = classifier;
        Decision = decision;
        Requests = requests;
    }

    /// <summary>
    /// The triage rules that recognise a request for a person (rules/triage.yaml, kind human-request), or null. A request
    /// for a person is not itself a sign of risk: with no lexicon signal the model reads the message without it.
    /// </summary>
    public TriageRules? Requests { get; }

    public SafetyLexicon Lexicon { get; }

    public SafetyClassifier Classifier { get; }

    public SafetyDecision Decision { get; }

    /// <summary>Loads <c>lexicon.yaml</c> and trains on <c>train/*.jsonl</c> of a safety folder (texts normalized as at run time).</summary>
    public static SafetyTriage Load(string folder, TextNormalizer normalizer, TriageRules? requests = null)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"safety triage folder not found: {folder}");
        }

        var lexiconPath = Path.Combine(folder, "lexicon.yaml");
        var (lexicon, lexiconTook) = Timed(() => SafetyLexicon.Load(lexiconPath, SafetyClassifier.ModelCache, w => normalizer.Normalize(w).Text));
        var decision = lexicon.Decision;
        if (decision.HarmToOthers.FirstOrDefault(n => !lexicon.RuleNames.Contains(n, StringComparer.Ordinal)) is { } unknown)
        {
            throw new InvalidDataException($"{lexiconPath}: decision.harm_to_others names unknown rule '{unknown}'");
        }

        var corpus = SafetyCorpus.Load(Path.Combine(folder, "train"));
        foreach (var label in new[] { SafetyLabel.Crisis, SafetyLabel.Threat, SafetyLabel.None })
        {
            if (corpus.Count(i => i.Label == label) < 20)
            {
                throw new InvalidDataException($"{Path.Combine(folder, "train")}: fewer than 20 training messages labelled {label.ToString().ToLowerInvariant()}");
            }
        }

        var (classifier, classifierTook) = Timed(() => TrainClassifier(corpus, normalizer));
        return new SafetyTriage(lexicon, classifier, decision, requests)
        {
            LoadTimes = [("safety lexicon", lexiconTook), (classifier.FromCache ? "safety classifier (cached)" : "safety classifier (trained)", classifierTook)],
        };
    }

    /// <summary>How long the lexicon and the classifier took to load (empty for a triage trained on folds).</summary>
    public IReadOnlyList<(string Part, TimeSpan Took)> LoadTimes { get; private init; } = [];

    private static (T Value, TimeSpan Took) Timed<T>(Func<T> load)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var value = load();
        return (value, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    private static SafetyClassifier TrainClassifier(IReadOnlyList<SafetyItem> corpus, TextNormalizer normalizer) =>
        SafetyClassifier.Train(corpus.Select(i => (i.Text, i.Label)).ToList(), normalizer);

    /// <summary>The triage with a classifier trained on <paramref name="corpus"/> (cross-validation trains on folds through this).</summary>
    internal static SafetyTriage Train(SafetyLexicon lexicon, SafetyDecision decision, IReadOnlyList<SafetyItem> corpus, TextNormalizer normalizer, TriageRules? requests = null)
    {
        return new SafetyTriage(lexicon, TrainClassifier(corpus, normalizer), decision, requests);
    }

    /// <summary>A triage from parts already built (variants of the classifier are measured through this).</summary>
    internal static SafetyTriage With(SafetyLexicon lexicon, SafetyClassifier classifier, SafetyDecision decision, TriageRules? requests) =>
        new(lexicon, classifier, decision, requests);

    /// <summary>The message alone.</summary>
    public SafetyAssessment Assess(string normalized)
    {
        if (string.IsNullOrWhiteSpace(normalized))
        {
            return SafetyAssessment.Clear;
        }

        var lex = Lexicon.Score(normalized);
        var d = Decision;
        // A request for a person (我想找真人) with no lexicon signal of risk: the model reads what else the message says,
        // so asking for a person never raises a crisis by itself; the rest of the message (活着太累了) still counts.
        var read = lex.Crisis > 0 || lex.Threat > 0 || lex.HasCue ? normalized : WithoutPersonRequest(normalized);
        var (pc, pt) = read.Length == 0 ? (0, 0) : Classifier.Predict(read);
        // Very short messages ("好嘞") give the character model too little to go on: it may not alarm alone there.
        var longEnough = read.Length >= d.ModelMinLength;
        var (sc, st) = MostWorryingSentence(read, lex);
        var (rc, rt) = WithoutLawfulClauses(read, lex);
        var crisis = Level(lex.Crisis, longEnough ? pc : 0, lex, lex.GuardedCrisis, d, sc, rc);
        var threat = Level(lex.Threat, longEnough ? pt : 0, lex, lex.GuardedThreat, d, st, rt);
        var band = (SafetyBand)Math.Max((int)crisis, (int)threat);
        if (band == SafetyBand.Clear)
        {
            return new SafetyAssessment(SafetyLabel.None, band, lex, pc, pt);
        }

        // Both kinds at the same level: the lexicon's structure decides (it knows who is harmed), then the model; a tie
        // goes to crisis (its help is the urgent one).
        var lexCrisis = lex.Crisis >= d.LexiconAlarm - 1e-9;
        var lexThreat = lex.Threat >= d.LexiconAlarm - 1e-9;
        if (lexCrisis && lexThreat && crisis == SafetyBand.Alarm && threat == SafetyBand.Alarm && HarmsOthers(lex))
        {
            // The writer's own death and harm to someone else told together (先把他捅了再跳下去, 跟他同归于尽): others' lives
            // are at risk, so it is a threat; the reply also gives the writer's crisis help (12356, 120).
            return new SafetyAssessment(SafetyLabel.Threat, band, lex, pc, pt, Reason: $"lexicon [{string.Join(",", lex.Fired)}] model c={pc:F2} t={pt:F2} (threat and crisis)") { AlsoCrisis = true };
        }

        var kind = crisis > threat ? SafetyLabel.Crisis
            : threat > crisis ? SafetyLabel.Threat
            : lexCrisis != lexThreat ? (lexCrisis ? SafetyLabel.Crisis : SafetyLabel.Threat)
            : lexCrisis && Math.Abs(lex.Crisis - lex.Threat) > 1e-9 ? (lex.Crisis > lex.Threat ? SafetyLabel.Crisis : SafetyLabel.Threat)
            : pt > pc ? SafetyLabel.Threat : SafetyLabel.Crisis;
        var restNote = rc > 0 || rt > 0 ? $" without lawful clauses c={rc:F2} t={rt:F2}" : "";
        return new SafetyAssessment(kind, band, lex, pc, pt, Reason: $"lexicon [{string.Join(",", lex.Fired)}] model c={pc:F2} t={pt:F2}{restNote}");
    }

    /// <summary>Whether the lexicon saw a sign of the assessment's kind (a rule of that kind fired).</summary>
    private static bool Signals(SafetyAssessment a) => a.Kind == SafetyLabel.Crisis ? a.Lexicon.Crisis > 0 : a.Kind == SafetyLabel.Threat && a.Lexicon.Threat > 0;

    /// <summary>Whether a threat rule that names harm done to another person fired (decision.harm_to_others).</summary>
    private bool HarmsOthers(LexiconScore lex) =>
        Decision.HarmToOthers.Count > 0 && lex.Fired.Any(f => Decision.HarmToOthers.Any(n => f.Length > n.Length && f.StartsWith(n, StringComparison.Ordinal) && f[n.Length] == '('));

    /// <summary>
    /// The message in its conversation (earlier user turns, normalized, oldest first): a risk raised by an earlier turn
    /// stays raised — an uncertain message after an alarm is an alarm, and so is one after another uncertain message of the
    /// same kind when the lexicon saw a sign of it in either. Two model-only doubts of different kinds (a citizen tired of
    /// waiting, then asking for a telephone number to call) are the impatience of an ordinary chat, not a risk.
    /// </summary>
    public SafetyAssessment Assess(string normalized, IReadOnlyList<string> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var now = Assess(normalized);
        if (earlier.Count == 0 || now.IsAlarm)
        {
            return now;
        }

        var before = earlier.TakeLast(RememberedTurns).Select(Assess).ToList();
        var raised = before.LastOrDefault(a => a.IsAlarm)?.Kind ?? SafetyLabel.None;
        var worried = before.LastOrDefault(a => a.Band == SafetyBand.Uncertain && a.Kind == now.Kind && (Signals(a) || Signals(now)));
        if (now.Band == SafetyBand.Uncertain && (raised != SafetyLabel.None || worried is not null))
        {
            return now with { Band = SafetyBand.Alarm, RaisedBy = raised != SafetyLabel.None ? raised : worried!.Kind, Reason = now.Reason + " + earlier turns" };
        }

        return now with { RaisedBy = raised };
    }

    /// <summary>
    /// The highest model probabilities of one first-person sentence of a long message (zero when sentence reading is off
    /// or the message is short): a crisis or threat clause inside a long grievance is diluted in the whole message's score.
    /// </summary>
    private (double Crisis, double Threat) MostWorryingSentence(string normalized, LexiconScore whole)
    {
        var d = Decision;
        if (d.SentenceAlarm <= 0 || normalized.Length < d.SentenceFrom)
        {
            return (0, 0);
        }

        // As for the whole message, the model may speak when the lexicon signals the kind or nothing explains the message.
        var crisisMay = whole.Crisis > 0 || (!whole.LawfulPlan && !whole.GuardedCrisis);
        var threatMay = whole.Threat > 0 || (!whole.LawfulPlan && !whole.GuardedThreat);
        double crisis = 0, threat = 0;
        foreach (var sentence in normalized.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (sentence.Length < d.ModelMinLength || sentence.Length == normalized.Length || sentence.IndexOfAny(FirstPerson) < 0)
            {
                continue;
            }

            // Otherwise the sentence is judged on its own: a lawful plan or an explained word (an idiom, a victim quoting,
            // news) in another sentence of a long grievance does not silence a sentence with a danger word of its own.
            var own = crisisMay && threatMay ? null : Lexicon.Score(sentence);
            var ownMay = own is { LawfulPlan: false, HasCue: true };
            var (c, t) = Classifier.Predict(sentence);
            crisis = Math.Max(crisis, crisisMay || (ownMay && !own!.GuardedCrisis) ? c : 0);
            threat = Math.Max(threat, threatMay || (ownMay && !own!.GuardedThreat) ? t : 0);
        }

        return (crisis, threat);
    }

    /// <summary>
    /// The model probabilities of a message a lawful plan silences, read without its lawful clauses (zero when it states
    /// none, when that reading is off, or when what is left is not in the first person, has no danger word of its own, or
    /// is explained by the guards): 上访了五年 told as background does not hide 刀片已经放在枕头边 in the next clause.
    /// </summary>
    private (double Crisis, double Threat) WithoutLawfulClauses(string normalized, LexiconScore whole)
    {
        var d = Decision;
        if (d.LawfulRestAlarm <= 0 || !whole.LawfulPlan)
        {
            return (0, 0);
        }

        var clauses = normalized.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rest = clauses.Where(c => !Lexicon.IsLawfulPlan(c)).ToList();
        if (rest.Count == 0 || rest.Count == clauses.Length)
        {
            return (0, 0);
        }

        var text = string.Join("，", rest);
        if (text.Length < d.ModelMinLength || text.IndexOfAny(FirstPerson) < 0)
        {
            return (0, 0);
        }

        var own = Lexicon.Score(text);
        if (own.LawfulPlan || !own.HasCue)
        {
            return (0, 0);
        }

        // Only the writer's own crisis: anger beside a lawful step (我要让他好看，去法院告他) is what the lawful step answers.
        var (c, _) = Classifier.Predict(text);
        return (own.GuardedCrisis ? 0 : c, 0);
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n'];

    private static readonly char[] ClauseEnds = ['。', '！', '？', '!', '?', '；', ';', '\n', '，', ',', '、', '：', ':', '~', '～'];

    /// <summary>The message without its clauses that the triage rules read as a request for a person (the message itself when none is).</summary>
    internal string WithoutPersonRequest(string normalized)
    {
        if (Requests is null || !Requests.Reaches(normalized, TriageKind.HumanRequest))
        {
            return normalized;
        }

        var clauses = normalized.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rest = clauses.Where(c => !Requests.Reaches(c, TriageKind.HumanRequest)).ToList();
        return rest.Count == clauses.Length ? normalized : string.Join("，", rest);
    }

    private static readonly char[] FirstPerson = ['我', '俺', '咱'];

    private static SafetyBand Level(double lexicon, double model, LexiconScore lex, bool guarded, SafetyDecision d, double sentence = 0, double withoutLawful = 0)
    {
        // A lawful plan (petition, complaint, lawsuit, media) with no lexicon signal is never raised by the model alone;
        // nor is a danger word the lexicon's guards explained (someone else's act, news, an idiom, a victim quoting).
        var modelMay = lexicon > 0 || (!lex.LawfulPlan && !guarded);
        var cue = lex.HasCue;
        if (lexicon >= d.LexiconAlarm - 1e-9
            || (modelMay && model >= d.ModelAlarm && (cue || model >= d.ModelAlone))
            || (d.SentenceAlarm > 0 && sentence >= d.SentenceAlarm)
            || (d.LawfulRestAlarm > 0 && withoutLawful >= d.LawfulRestAlarm)
            || (lexicon >= d.LexiconUncertain - 1e-9 && model >= d.ModelUncertain))
        {
            return SafetyBand.Alarm;
        }

        return lexicon >= d.LexiconUncertain - 1e-9 || (modelMay && model >= d.ModelUncertain) ? SafetyBand.Uncertain : SafetyBand.Clear;
    }
}
