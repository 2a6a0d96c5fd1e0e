using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// Recognises a grievance announced without its matter (我有冤情, 想反映问题): a message made only of such phrases and
/// filler words (rules/vague.yaml). It gets one clarifying question with the roadmap's domains as choices, never an
/// out-of-scope reply and never a topic guessed from one generic word.
/// </summary>
public sealed class VagueGrievance
{
    private readonly IReadOnlyList<string> _phrases;
    private readonly IReadOnlyList<string> _filler;
    private readonly int _maxRest;

    private VagueGrievance(IReadOnlyList<string> phrases, IReadOnlyList<string> filler, int maxRest)
    {
        _phrases = phrases;
        _filler = filler;
        _maxRest = maxRest;
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

        if (file?.Phrases is not { Count: > 0 } phrases || file.Filler is null || file.MaxRest is not { } maxRest || maxRest < 0)
        {
            throw new InvalidDataException($"{path}: needs 'phrases' (non-empty), 'filler' and 'max_rest' (≥ 0)");
        }

        // Longest first, so 反映问题 is removed before 反映.
        return new VagueGrievance(
            phrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList(),
            file.Filler.Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList(),
            maxRest);
    }

    /// <summary>True when the normalized message names a grievance but nothing of what it is about.</summary>
    public bool Matches(string normalized)
    {
        if (!_phrases.Any(p => normalized.Contains(p, StringComparison.Ordinal)))
        {
            return false;
        }

        var rest = normalized;
        foreach (var word in _phrases.Concat(_filler))
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return rest.Count(char.IsLetterOrDigit) <= _maxRest;
    }

    private sealed class FileDto
    {
        public List<string>? Phrases { get; set; }
        public List<string>? Filler { get; set; }
        public int? MaxRest { get; set; }
    }
}
