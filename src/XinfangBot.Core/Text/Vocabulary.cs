using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Text;

/// <summary>
/// Colloquial, dialect, pinyin and English words mapped to standard Chinese (applied to input), and synonym groups
/// whose canonical term is added to queries and documents (rules/vocabulary.yaml).
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<char, List<KeyValuePair<string, string>>> _replacementsByFirst;
    private readonly List<SynonymGroup> _groups;

    // Each group's terms with the comparison they need, decided once: a term without cased letters (most Chinese terms)
    // is found with the vectorized ordinal search, which is many times faster than the case-insensitive one.
    private readonly (string Canonical, (string Term, StringComparison Comparison)[] Terms)[] _matchers;

    private Vocabulary(IReadOnlyDictionary<string, string> replacements, List<SynonymGroup> groups)
    {
        _matchers = [.. groups.Select(g => (g.Canonical, g.Terms.Select(t => (t, HasCase(t) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)).ToArray()))];
        _replacementsByFirst = replacements
            .Where(r => r.Key.Length > 0)
            .GroupBy(r => char.ToLowerInvariant(r.Key[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Key.Length).ToList());
        _groups = groups;
        ReplacementCount = replacements.Count;
    }

    public static Vocabulary Empty { get; } = new(new Dictionary<string, string>(), []) { Fingerprint = "empty" };

    /// <summary>
    /// A content fingerprint of the file this vocabulary was loaded from (SHA-256 of its text), or null when it was built
    /// another way: keys caches of work derived from normalized text (the safety classifier's model).
    /// </summary>
    public string? Fingerprint { get; private init; }

    public int ReplacementCount { get; }

    public IReadOnlyList<SynonymGroup> Groups => _groups;

    public static Vocabulary Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var text = File.ReadAllText(path);
        var file = yaml.Deserialize<VocabularyFile>(text) ?? new VocabularyFile();
        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in file.Replacements ?? [])
        {
            if (!string.IsNullOrWhiteSpace(key) && value is not null)
            {
                replacements[key.Trim().ToLowerInvariant()] = value;
            }
        }

        var groups = (file.Synonyms ?? [])
            .Where(g => !string.IsNullOrWhiteSpace(g.Canonical))
            .Select(g => new SynonymGroup(g.Canonical!, (g.Terms ?? []).Append(g.Canonical!).Distinct().OrderByDescending(t => t.Length).ToList()))
            .ToList();
        return new Vocabulary(replacements, groups) { Fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))) };
    }

    /// <summary>Replaces dialect, pinyin, English and typo forms; ASCII keys only match whole words.</summary>
    public string Replace(string text)
    {
        if (_replacementsByFirst.Count == 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (_replacementsByFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates) && (!IsAsciiLetter(text[i]) || i == 0 || !IsAsciiLetter(text[i - 1])))
            {
                var hit = candidates.FirstOrDefault(c => Matches(text, i, c.Key));
                if (hit.Key is not null)
                {
                    sb.Append(hit.Value);
                    i += hit.Key.Length;
                    continue;
                }
            }

            sb.Append(text[i]);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>The canonical terms of every synonym group one of whose terms occurs in <paramref name="text"/>.</summary>
    public IEnumerable<string> CanonicalTerms(string text) =>
        _matchers.Where(g => g.Terms.Any(t => text.Contains(t.Term, t.Comparison))).Select(g => g.Canonical).Distinct();

    private static bool HasCase(string term) =>
        term.Any(c => char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c);

    private static bool Matches(string text, int at, string key)
    {
        if (at + key.Length > text.Length || string.Compare(text, at, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var asciiKey = IsAsciiLetter(key[^1]);
        return !asciiKey || at + key.Length == text.Length || !IsAsciiLetter(text[at + key.Length]);
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private sealed class VocabularyFile
    {
        public Dictionary<string, string>? Replacements { get; set; }
        public List<GroupDto>? Synonyms { get; set; }
    }

    private sealed class GroupDto
    {
        public string? Canonical { get; set; }
        public List<string>? Terms { get; set; }
    }
}

/// <summary>Terms people use for one idea, and the canonical term added for retrieval.</summary>
public sealed record SynonymGroup(string Canonical, IReadOnlyList<string> Terms);
