using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Triage;

/// <summary>
/// The lexicon half of safety triage (rules/safety/lexicon.yaml): named word sets, each written once; guards (third
/// persons, news, idioms, victims quoting a threat, lawful plans) written as templates over those sets; and rules that
/// compose the sets by structure — e.g. <c>{self}{gap}{ingest}{gap}{poison}</c> with <c>{done}</c> in the same clause.
/// A rule adds its weight to its kind once; guards that match the comma-separated segment of the match (or the whole
/// sentence, for clause guards) cancel it. A missing or invalid file throws, naming the file.
/// </summary>
public sealed partial class SafetyLexicon
{
    /// <summary>Per match; matching a message takes microseconds, so only a pathological input or a stalled machine reaches it.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly char[] ClauseBreaks = ['。', '！', '？', '!', '?', '；', ';', '\n', '…'];
    private static readonly char[] SegmentBreaks = ['，', ',', '、', '：', ':', ' ', '　', '~', '～'];

    private readonly List<Rule> _rules;
    private readonly Pattern? _cue;
    private readonly List<Pattern> _lawful;

    private readonly Pattern? _cueExceptions;
    private readonly SetScanner _scanner;
    private List<Pattern> _explained = [];

    private SafetyLexicon(List<Rule> rules, Pattern? cue, Pattern? cueExceptions, List<Pattern> lawful, SetScanner scanner, int sets)
    {
        _cueExceptions = cueExceptions;
        _rules = rules;
        _cue = cue;
        _lawful = lawful;
        _scanner = scanner;
        Sets = sets;
    }

    public int Rules => _rules.Count;

    /// <summary>The rules' names, in file order.</summary>
    public IEnumerable<string> RuleNames => _rules.Select(r => r.Name);

    public int Sets { get; }

    /// <summary>
    /// The file's <c>decision</c> section, read with the rest of the file (one parse of the lexicon per start instead of
    /// a second one for the thresholds alone); the same values <see cref="SafetyDecision.Load"/> reads.
    /// </summary>
    public SafetyDecision Decision { get; private init; } = new();

    public static SafetyLexicon Load(string path) => Load(path, checkedCache: null);

    /// <summary>
    /// As <see cref="Load(string)"/>. With <paramref name="checkedCache"/> (a folder, the model cache's), a file whose
    /// every expression was already built once — the same bytes, this build of the program and this runtime, recorded by
    /// a marker file named by their fingerprint — gets its expressions built when a message first needs them instead
    /// of all at start-up (the prefilter runs only a few per message). Any other file is built at once as before, so a
    /// bad pattern still fails the load naming the file, and the marker is written only after all were built.
    /// </summary>
    public static SafetyLexicon Load(string path, string? checkedCache) => Load(path, checkedCache, normalizeWord: null);

    /// <summary>
    /// As <see cref="Load(string, string?)"/>, each set's words read as a message is (<paramref name="normalizeWord"/>: the
    /// run-time normaliser). The lexicon only ever sees normalised text, so a word written in a form normalisation rewrites
    /// — Cantonese 唔想活 (唔 → 不), 捱唔落去 (捱 → 挨 by OpenCC), traditional 隊冧他 — would never match as written;
    /// read this way it matches what the message becomes. A word that normalises to nothing keeps its form.
    /// </summary>
    public static SafetyLexicon Load(string path, string? checkedCache, Func<string, string>? normalizeWord)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"safety lexicon not found: {path}", path);
        }

        FileDto file;
        string text;
        try
        {
            var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            text = File.ReadAllText(path);
            file = yaml.Deserialize<FileDto>(text) ?? new FileDto();
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}: line {ex.Start.Line}: {ex.Message}", ex);
        }

        var sets = file.Sets ?? [];
        if (sets.Count == 0 || (file.Rules ?? []).Count == 0)
        {
            throw new InvalidDataException($"{path}: needs 'sets' and 'rules'");
        }

        foreach (var (name, words) in sets)
        {
            if (words is null || words.Count == 0 || words.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException($"{path}: set '{name}' is empty or has an empty word");
            }
        }

        if (normalizeWord is not null)
        {
            foreach (var name in sets.Keys.ToList())
            {
                sets[name] = [.. sets[name].Select(w => normalizeWord(w) is { Length: > 0 } n && !string.IsNullOrWhiteSpace(n) ? n : w).Distinct(StringComparer.Ordinal)];
            }
        }

        var marker = checkedCache is null ? null : Path.Combine(checkedCache, $"xinfangbot.safety-lexicon.{CheckedFingerprint(text)}.checked");
        var expander = new TemplateExpander(path, sets, file.Fragments ?? [])
        {
            Lazily = marker is not null && File.Exists(marker),
            // A word that is "not danger" (an idiom: 老鼠, 杀虫, 饿死) never counts inside a longer danger word (老鼠药, 杀虫剂, 饿死自己).
            Inside = Outer(sets, file.CueExceptions ?? [], file.Cues ?? []),
        };
        var guards = new Dictionary<string, Guard>(StringComparer.Ordinal);
        foreach (var (name, dto) in file.Guards ?? [])
        {
            guards[name] = new Guard(name, (dto.Patterns ?? []).Select(p => expander.Compile(p, $"guard '{name}'")).ToList(), dto.Scope == "clause");
            if (guards[name].Patterns.Count == 0)
            {
                throw new InvalidDataException($"{path}: guard '{name}' has no patterns");
            }
        }

        var rules = new List<Rule>();
        foreach (var dto in file.Rules!)
        {
            var where = $"rule '{dto.Name}'";
            var kind = SafetyCorpus.ParseLabel(dto.Kind) is { } k and not SafetyLabel.None ? k : throw new InvalidDataException($"{path}: {where} has kind '{dto.Kind}' (crisis or threat)");
            var match = (dto.Match ?? []).Select(p => expander.Compile(p, where)).ToList();
            if (match.Count == 0 || string.IsNullOrWhiteSpace(dto.Name))
            {
                throw new InvalidDataException($"{path}: every rule needs a name and at least one 'match' ({where})");
            }

            var with = (dto.With ?? []).Select(p => expander.Compile(p, where)).ToList();
            var unless = new List<Guard>();
            foreach (var g in dto.Unless ?? [])
            {
                unless.Add(guards.TryGetValue(g, out var guard) ? guard : throw new InvalidDataException($"{path}: {where} names unknown guard '{g}'"));
            }

            rules.Add(new Rule(dto.Name!, kind, dto.Weight ?? 1.0, match, with, unless));
        }

        // Each explanation and lawful-plan template is its own expression (any of them matching is the same as their
        // alternation matching), so the prefilter can skip each one alone.
        var explained = (file.ExplainedBy ?? []).Select(t => expander.Compile("(?:" + t + ")", "explained_by")).ToList();
        var cueExceptions = (file.CueExceptions ?? []).Count == 0 ? null : expander.Compile(string.Join('|', file.CueExceptions!.Select(c => "{" + c + "}")), "cue_exceptions");
        var cue = (file.Cues ?? []).Count == 0 ? null : expander.Compile(string.Join('|', file.Cues!.Select(c => "{" + c + "}")), "cues");
        var lawful = (file.LawfulPlan ?? []).Select(t => expander.Compile("(?:" + t + ")", "lawful_plan")).ToList();
        if (marker is not null && !expander.Lazily)
        {
            try
            {
                Directory.CreateDirectory(checkedCache!);
                File.WriteAllText(marker, string.Empty);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A read-only folder: the next start builds every expression at once again.
            }
        }

        return new SafetyLexicon(rules, cue, cueExceptions, lawful, expander.Scanner, sets.Count)
        {
            _explained = explained,
            _patterns = expander.Compiled,
            Decision = SafetyDecision.Checked(file.Decision, path),
        };
    }

    /// <summary>The file's text, this assembly's build (its deterministic module id) and the runtime's version.</summary>
    private static string CheckedFingerprint(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{typeof(SafetyLexicon).Assembly.ManifestModule.ModuleVersionId:N}\u0001{Environment.Version}\u0001{text}")))[..16].ToLowerInvariant();

    private List<Pattern> _patterns = [];

    /// <summary>How many of the lexicon's expressions are built (all of them unless loaded lazily), and how many there are.</summary>
    internal (int Built, int Total) Expressions => (_patterns.Count(p => p.Built.IsValueCreated), _patterns.Count);

    /// <summary>For each cue-exception set, the cue words that strictly contain one of its words.</summary>
    private static Dictionary<string, List<(string Before, string Tail)>> Outer(Dictionary<string, List<string>> sets, List<string> exceptions, List<string> cues)
    {
        var cueWords = cues.Where(sets.ContainsKey).SelectMany(c => sets[c]).Distinct(StringComparer.Ordinal).ToList();
        var cueCased = cueWords.Select(MayFold).ToArray();
        var outer = new Dictionary<string, List<(string Before, string Tail)>>(StringComparer.Ordinal);
        foreach (var name in exceptions.Where(sets.ContainsKey))
        {
            // Every (word, cue word) pair, in that order, distinct — as a query over all pairs would list them; a pair
            // is only searched when the cue word is longer, and ordinally when neither string has a letter that case
            // folding changes (the same answer as ignoring case, without the per-character folding: 228 × 1,601 pairs).
            var found = new List<(string Before, string Tail)>();
            var seen = new HashSet<(string Before, string Tail)>();
            foreach (var word in sets[name])
            {
                var wordCased = MayFold(word);
                for (var i = 0; i < cueWords.Count; i++)
                {
                    var w = cueWords[i];
                    if (w.Length <= word.Length)
                    {
                        continue;
                    }

                    var at = w.IndexOf(word, wordCased || cueCased[i] ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                    if (at >= 0 && seen.Add((w[..at], w[at..])))
                    {
                        found.Add((w[..at], w[at..]));
                    }
                }
            }

            outer[name] = found;
        }

        return outer;
    }

    /// <summary>Whether ignoring case could make <paramref name="text"/> equal to another string: a cased letter, or a surrogate.</summary>
    private static bool MayFold(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text states a lawful plan or step (lawful_plan in lexicon.yaml).</summary>
    public bool IsLawfulPlan(string normalized) => _lawful.Any(l => l.IsMatch(normalized, null));

    /// <summary>Scores a normalized message: the summed weights of the firing rules per kind, and their names.</summary>
    public LexiconScore Score(string normalized) => Score(normalized, prefilter: true);

    /// <summary>
    /// As <see cref="Score(string)"/>; with <paramref name="prefilter"/> an expression runs only when the words its
    /// template needs occur in the message (one pass finds which sets occur). Without it every expression runs: the
    /// results are the same, which the tests check over the training corpus.
    /// </summary>
    internal LexiconScore Score(string normalized, bool prefilter)
    {
        var crisis = 0.0;
        var threat = 0.0;
        List<string>? fired = null;
        var guarded = false;
        var guardedCrisis = false;
        var guardedThreat = false;
        if (string.IsNullOrWhiteSpace(normalized))
        {
            return new LexiconScore(0, 0, [], false, false, false);
        }

        var probe = prefilter ? new LexiconProbe(normalized, _scanner) : null;
        var clauses = normalized.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var rule in _rules)
        {
            if (!rule.May(probe))
            {
                continue;
            }

            // One pass: the first unguarded match is the evidence; a match every guard cancelled marks the kind guarded.
            var evidence = rule.Evidence(clauses, probe, out var matched);
            if (evidence is null)
            {
                if (matched)
                {
                    guarded = true;
                    guardedCrisis |= rule.Kind == SafetyLabel.Crisis;
                    guardedThreat |= rule.Kind == SafetyLabel.Threat;
                }

                continue;
            }

            {
                (fired ??= []).Add($"{rule.Name}({evidence})");
                if (rule.Kind == SafetyLabel.Crisis)
                {
                    crisis += rule.Weight;
                }
                else
                {
                    threat += rule.Weight;
                }
            }
        }

        var explained = _explained.Any(e => e.IsMatch(normalized, probe));
        var cue = _cue is not null && _cue.May(probe)
            && IsMatch(_cue.Regex, _cueExceptions is null || !_cueExceptions.May(probe) ? normalized : _cueExceptions.Regex.Replace(normalized, "　"));
        var lawful = _lawful.Any(l => l.IsMatch(normalized, probe));
        // A rule of weight 0 (a marker such as other-told-wish: who the crisis belongs to) is listed as fired but weighs
        // nothing: it neither raises the message nor lifts what the guards explained.
        var weighed = crisis > 0 || threat > 0;
        return new LexiconScore(crisis, threat, (IReadOnlyList<string>?)fired ?? [], cue, lawful, !weighed && (guarded || explained))
        {
            // Per kind: a guarded threat rule (杀了我 read as a victim's words) must not silence the crisis opinion, and back.
            GuardedCrisis = !weighed && (guardedCrisis || explained),
            GuardedThreat = !weighed && (guardedThreat || explained),
        };
    }

    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A compiled template and the words it cannot match without (see <see cref="Need"/>).</summary>
    private sealed record Pattern(Lazy<Regex> Built, Need Need)
    {
        public Regex Regex => Built.Value;

        public bool May(LexiconProbe? probe) => probe is null || Need.Holds(probe);

        public bool IsMatch(string text, LexiconProbe? probe) => May(probe) && SafetyLexicon.IsMatch(Regex, text);
    }

    private sealed record Guard(string Name, List<Pattern> Patterns, bool ClauseScope)
    {
        public bool Holds(string clause, Match match, LexiconProbe? probe)
        {
            var scope = ClauseScope ? clause : Segment(clause, match);
            return Patterns.Any(p => p.IsMatch(scope, probe));
        }

        private static string Segment(string clause, Match match)
        {
            var start = clause.LastIndexOfAny(SegmentBreaks, Math.Max(0, match.Index - 1)) + 1;
            if (match.Index == 0)
            {
                start = 0;
            }

            var end = clause.IndexOfAny(SegmentBreaks, match.Index + match.Length);
            return clause[start..(end < 0 ? clause.Length : end)];
        }
    }

    private sealed record Rule(string Name, SafetyLabel Kind, double Weight, List<Pattern> Match, List<Pattern> With, List<Guard> Unless)
    {
        /// <summary>False when the message lacks the words every match template, or some with template, needs.</summary>
        public bool May(LexiconProbe? probe) => Match.Any(p => p.May(probe)) && With.All(w => w.May(probe));

        /// <summary>
        /// The matched words of the first clause where the rule fires (shown by <c>eval --verbose</c>, never logged), else
        /// null; <paramref name="matched"/> when it would fire somewhere but for its guards (a third person, news, an idiom …).
        /// </summary>
        public string? Evidence(string[] clauses, LexiconProbe? probe, out bool matched)
        {
            matched = false;
            foreach (var clause in clauses)
            {
                if (!With.All(w => w.IsMatch(clause, probe)))
                {
                    continue;
                }

                try
                {
                    foreach (var pattern in Match)
                    {
                        if (!pattern.May(probe))
                        {
                            continue;
                        }

                        for (var m = pattern.Regex.Match(clause); m.Success; m = m.NextMatch())
                        {
                            matched = true;
                            if (!Unless.Any(g => g.Holds(clause, m, probe)))
                            {
                                return m.Value;
                            }
                        }
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                }
            }

            return null;
        }
    }

    /// <summary>Turns a template into a regular expression: <c>{set}</c> → the set's words, <c>{fragment}</c> → its regex.</summary>
    private sealed partial class TemplateExpander(string path, Dictionary<string, List<string>> sets, Dictionary<string, string> fragments)
    {
        private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Need> _needs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _setIds = sets.Keys.Select((name, i) => (name, i)).ToDictionary(e => e.name, e => e.i, StringComparer.Ordinal);
        private NeedParser? _parser;

        /// <summary>Longer danger words (split where the set's word starts) a set's words must not sit inside.</summary>
        public Dictionary<string, List<(string Before, string Tail)>> Inside { get; init; } = [];

        /// <summary>Which sets occur in a message; set ids follow the file's order of sets.</summary>
        public SetScanner Scanner { get; } = new(sets.Values.Select(words => (IReadOnlyList<string>)words).ToList());

        private NeedParser Parser => _parser ??= new NeedParser(NeedOf);

        /// <summary>Whether expressions are built when first used (the file was built whole before); else at once.</summary>
        public bool Lazily { get; init; }

        /// <summary>Every pattern compiled, in order.</summary>
        public List<Pattern> Compiled { get; } = [];

        public Pattern Compile(string template, string where)
        {
            var pattern = new Pattern(CompileRegex(template, where), Parser.Parse(template));
            Compiled.Add(pattern);
            return pattern;
        }

        private Need NeedOf(string name)
        {
            if (_setIds.TryGetValue(name, out var id))
            {
                return new SetNeed(id);
            }

            if (_needs.TryGetValue(name, out var need))
            {
                return need;
            }

            // Unknown names are reported by CompileRegex; a fragment that refers to itself would never end, so it needs nothing.
            _needs[name] = Need.Always;
            return _needs[name] = fragments.TryGetValue(name, out var fragment) ? Parser.Parse(fragment) : Need.Always;
        }

        private Lazy<Regex> CompileRegex(string template, string where)
        {
            // The expression's text is expanded at once (an unknown set or fragment fails the load either way).
            var pattern = Reference().Replace(template, m => Expand(m.Groups[1].Value, where, template));
            return Lazily ? new Lazy<Regex>(() => Build(pattern, template, where)) : new Lazy<Regex>(Build(pattern, template, where));
        }

        private Regex Build(string pattern, string template, string where)
        {
            try
            {
                // The interpreter, not NonBacktracking: building the non-backtracking automata of these word-set
                // alternations with bounded gaps took ~17 s of CPU and 1.6 GB at every start (measured), against < 1 s and
                // a few MB here. Templates are word sets joined by bounded gaps, so matching stays short; a timeout counts
                // as "no match" for a rule and "does not hold" for a guard.
                return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"{path}: {where}: bad pattern '{template}': {ex.Message}", ex);
            }
        }

        private string Expand(string name, string where, string template)
        {
            if (_cache.TryGetValue(name, out var cached))
            {
                return cached;
            }

            string expanded;
            if (sets.TryGetValue(name, out var words))
            {
                var sb = new StringBuilder("(?:");
                if (Inside.TryGetValue(name, out var outer) && outer.Count > 0)
                {
                    // not where a longer danger word holds this position: (?!(?<=老)鼠药) before 鼠 …
                    sb.Append("(?!").AppendJoin('|', outer.Select(o => (o.Before.Length > 0 ? "(?<=" + Regex.Escape(o.Before) + ")" : "") + Regex.Escape(o.Tail))).Append(')');
                }

                // Longest first, so the alternation prefers 楼顶上 over 楼顶.
                sb.Append("(?:").AppendJoin('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Regex.Escape));
                expanded = sb.Append("))").ToString();
            }
            else if (fragments.TryGetValue(name, out var fragment))
            {
                expanded = "(?:" + Reference().Replace(fragment, m => Expand(m.Groups[1].Value, where, template)) + ")";
            }
            else
            {
                throw new InvalidDataException($"{path}: {where}: '{template}' names unknown set '{name}'");
            }

            _cache[name] = expanded;
            return expanded;
        }

        [GeneratedRegex(@"\{([a-z_0-9]+)\}")]
        private static partial Regex Reference();
    }

    private sealed class FileDto
    {
        public Dictionary<string, List<string>>? Sets { get; set; }
        public Dictionary<string, string>? Fragments { get; set; }
        public List<string>? Cues { get; set; }
        public List<string>? CueExceptions { get; set; }
        public List<string>? ExplainedBy { get; set; }
        public List<string>? LawfulPlan { get; set; }
        public Dictionary<string, GuardDto>? Guards { get; set; }
        public List<RuleDto>? Rules { get; set; }

        /// <summary>The triage's thresholds (<see cref="SafetyLexicon.Decision"/>).</summary>
        public SafetyDecision? Decision { get; set; }
    }

    private sealed class GuardDto
    {
        public string? Scope { get; set; }
        public List<string>? Patterns { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public double? Weight { get; set; }
        public List<string>? Match { get; set; }
        public List<string>? With { get; set; }
        public List<string>? Unless { get; set; }
    }
}
