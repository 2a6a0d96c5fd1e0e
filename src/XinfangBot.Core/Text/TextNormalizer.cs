using System.Text;

namespace XinfangBot.Core.Text;

/// <summary>
/// First step of the pipeline: drop control characters, fold full-width forms, cap the length, convert traditional to
/// simplified characters, and map dialect, pinyin and English words to standard Chinese.
/// </summary>
public sealed class TextNormalizer(ChineseConverter converter, Vocabulary vocabulary, int maxChars = TextNormalizer.DefaultMaxChars)
{
    public const int DefaultMaxChars = 2000;

    /// <summary>
    /// Everything <see cref="Normalize"/>'s output depends on besides its input: the OpenCC tables' and the vocabulary's
    /// content fingerprints, the length cap, this assembly's build (its deterministic module id changes with the code)
    /// and the runtime's version (its Unicode tables decide what is whitespace, a control character or a digit). Null
    /// when the converter or the vocabulary was not loaded from files. Two normalizers with the same fingerprint
    /// normalize every text the same way, so work derived from normalized text may be cached under it.
    /// </summary>
    public string? Fingerprint =>
        converter.Fingerprint is { } tables && vocabulary.Fingerprint is { } words
            ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{tables}\u0001{words}\u0001{maxChars}\u0001{typeof(TextNormalizer).Assembly.ManifestModule.ModuleVersionId:N}\u0001{Environment.Version}")))
            : null;

    public NormalizedText Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return new NormalizedText(string.Empty, false, 0);
        }

        var sb = new StringBuilder(Math.Min(input.Length, maxChars));
        var truncated = false;
        var lastSpace = true;
        foreach (var raw in input)
        {
            if (sb.Length >= maxChars)
            {
                truncated = true;
                break;
            }

            var c = Fold(raw);
            if (c == '\n' || char.IsWhiteSpace(c))
            {
                if (!lastSpace)
                {
                    sb.Append(c == '\n' ? '\n' : ' ');
                }

                lastSpace = true;
                continue;
            }

            if (char.IsControl(c) || c == '\uFFFD' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.PrivateUse)
            {
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Keep only well-formed pairs (emoji and rare characters); lone halves are dropped.
                sb.Append(c);
                lastSpace = false;
                continue;
            }

            sb.Append(c);
            lastSpace = false;
        }

        var text = DropLoneSurrogates(sb.ToString()).Trim();
        text = converter.ToSimplified(text);
        text = vocabulary.Replace(text);
        return new NormalizedText(text, truncated, input.Length);
    }

    /// <summary>Full-width ASCII (！-～) and the ideographic space fold to their ASCII forms; decimal digits of any
    /// script (٣, ३, ៣ …) fold to 0-9, so dates and numbers are read the same whatever digits a keyboard wrote.</summary>
    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        > '\u007F' when char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
        _ => c,
    };

    private static string DropLoneSurrogates(string s)
    {
        if (!s.Any(char.IsSurrogate))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(s[i]))
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
