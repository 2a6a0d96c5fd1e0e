namespace XinfangBot.Core.Text;

/// <summary>Traditional → simplified conversion from OpenCC's tables: longest phrase match first, then characters.</summary>
public sealed class ChineseConverter
{
    private readonly Dictionary<string, string> _phrases;
    private readonly Dictionary<int, string> _characters;
    private readonly int _longestPhrase;
    private readonly HashSet<char> _phraseStarts;

    private ChineseConverter(Dictionary<string, string> phrases, Dictionary<int, string> characters)
    {
        _phrases = phrases;
        _characters = characters;
        _longestPhrase = phrases.Count == 0 ? 0 : phrases.Keys.Max(k => k.Length);
        _phraseStarts = phrases.Keys.Select(k => k[0]).ToHashSet();
    }

    public static ChineseConverter Empty { get; } = new([], []) { Fingerprint = "empty" };

    /// <summary>
    /// A content fingerprint of the tables this converter was loaded from (SHA-256 of both files' bytes), or null when it
    /// was built another way: keys caches of work derived from converted text (the safety classifier's model).
    /// </summary>
    public string? Fingerprint { get; private init; }

    /// <summary>Loads <c>TSPhrases.txt</c> and <c>TSCharacters.txt</c> from <paramref name="folder"/>.</summary>
    public static ChineseConverter Load(string folder)
    {
        var phrases = ReadTable(Path.Combine(folder, "TSPhrases.txt"));
        var characters = new Dictionary<int, string>();
        foreach (var (key, value) in ReadTable(Path.Combine(folder, "TSCharacters.txt")))
        {
            if (char.ConvertToUtf32(key, 0) is var code && key.Length == char.ConvertFromUtf32(code).Length)
            {
                characters[code] = value;
            }
        }

        return new ChineseConverter(phrases, characters) { Fingerprint = FilesFingerprint(folder, "TSPhrases.txt", "TSCharacters.txt") };
    }

    private static string FilesFingerprint(string folder, params string[] names)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            var path = Path.Combine(folder, name);
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}\u0001{File.Exists(path)}\u0001{bytes.Length}\u0002"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public string ToSimplified(string text)
    {
        if (_characters.Count == 0 || text.Length == 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x2E80)
            {
                sb.Append(text[i++]);
                continue;
            }

            var matched = false;
            for (var len = _phraseStarts.Contains(text[i]) ? Math.Min(_longestPhrase, text.Length - i) : 0; len >= 2; len--)
            {
                if (_phrases.TryGetValue(text.Substring(i, len), out var phrase))
                {
                    sb.Append(phrase);
                    i += len;
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                continue;
            }

            var code = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
            var width = code > 0xFFFF ? 2 : 1;
            sb.Append(_characters.TryGetValue(code, out var simple) ? simple : text.Substring(i, width));
            i += width;
        }

        return sb.ToString();
    }

    private static Dictionary<string, string> ReadTable(string path)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return table;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var values = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (values.Length > 0)
            {
                table.TryAdd(line[..tab], values[0]);
            }
        }

        return table;
    }
}
