using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// Recognises a grievance announced without its matter (我有冤情, 想反映问题): a message made only of such phrases and
/// filler words (rules/vague.yaml), or — looser, when nothing in it names a matter — one telling a wrong or asking where
/// to take one with little else (谁都不管，该找谁). It gets one clarifying question with the roadmap's domains as choices,
/// never an out-of-scope reply and never a topic guessed from one generic word.
/// </summary>
public sealed class VagueGrievance
{
    private readonly IReadOnlyList<string> _phrases;
    private readonly IReadOnlyList<string> _filler;
    private readonly int _maxRest;
    private readonly IReadOnlyList<string> _unplaced;
    private readonly int _looseMaxRest;

    private VagueGrievance(IReadOnlyList<string> phrases, IReadOnlyList<string> filler, int maxRest, IReadOnlyList<string> unplaced, int looseMaxRest)
    {
        _phrases = phrases;
        _filler = filler;
        _maxRest = maxRest;
        _unplaced = unplaced;
        _looseMaxRest = looseMaxRest;
    }

    public static VagueGrievance Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: vague-grievance rules not found", path);
        }

        FileDto? file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<FileDto>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        if (file?.Phrases is not { Count: > 0 } phrases || file.Filler is null || file.MaxRest is not { } maxRest || maxRest < 0
            || file.Unplaced is not { Count: > 0 } unplaced || file.LooseMaxRest is not { } looseMaxRest || looseMaxRest < maxRest)
        {
            throw new InvalidDataException($"{path}: needs 'phrases' and 'unplaced' (non-empty), 'filler', 'max_rest' (≥ 0) and 'loose_max_rest' (≥ max_rest)");
        }

        // Longest first, so 反映问题 is removed before 反映.
        return new VagueGrievance(
            phrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList(),
            file.Filler.Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList(),
            maxRest,
            unplaced.Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList(),
            looseMaxRest);
    }

    /// <summary>True when the normalized message names a grievance but nothing of what it is about.</summary>
    public bool Matches(string normalized) => Rest(normalized, _phrases) is { } rest && rest <= _maxRest;

    /// <summary>True when the normalized message tells a wrong without its matter or asks where to take one and holds little else
    /// (<c>loose_max_rest</c>): to be asked about when nothing in it names a matter (no keyword, no routing rule).</summary>
    public bool MatchesLoosely(string normalized) => Rest(normalized, _unplaced) is { } rest && rest <= _looseMaxRest;

    /// <summary>Letters and digits left once the announcing words and the filler are removed; null without any announcing word.</summary>
    private int? Rest(string normalized, IReadOnlyList<string> announcing)
    {
        if (!announcing.Any(p => normalized.Contains(p, StringComparison.Ordinal)))
        {
            return null;
        }

        var rest = normalized;
        foreach (var word in announcing.Concat(_filler))
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return rest.Count(char.IsLetterOrDigit);
    }

    private sealed class FileDto
    {
        public List<string>? Phrases { get; set; }
        public List<string>? Filler { get; set; }
        public int? MaxRest { get; set; }
        public List<string>? Unplaced { get; set; }
        public int? LooseMaxRest { get; set; }
    }
}
