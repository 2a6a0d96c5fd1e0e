using System.Text;
using System.Text.RegularExpressions;

namespace XinfangBot.Core.Conversations;

/// <summary>
/// Masks personal data before anything is stored, logged or sent to an LLM: resident ID numbers (18 and 15 digits),
/// mobile numbers (with +86, 0086 or 0 prefixes), landlines, bank cards (15–19 digits), social-security and QQ numbers,
/// WeChat ids, emails, passports and permits, licence plates and house numbers — whatever digits they are written in
/// (full-width, other scripts, Chinese numerals such as 幺三八…) and however they are grouped (spaces, dashes, dots).
/// </summary>
public static partial class PiiMasker
{
    private const string CnDigits = "〇零一幺二两三四五六七八九";
    private const string CnValues = "0011223456789";

    // A run of digits with up to two separators between any two of them; a leading + or 00 is part of the run.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\+?[0-9](?:[ \-.·—_()/\u00A0]{0,2}[0-9]){4,}(?:[ \-]?[Xx])?(?![0-9A-Za-z])")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Passports (E12345678, EA1234567, G12345678) and mainland travel permits (C, H, M, K + 8 digits).
    [GeneratedRegex(@"(?<![0-9A-Za-z])[A-Za-z]{1,2}[ \-]?[0-9]{7,9}(?![0-9A-Za-z])")]
    private static partial Regex Passport();

    [GeneratedRegex(@"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Za-hj-np-z][ ·.\-]?[A-HJ-NP-Za-hj-np-z0-9]{5,6}(?![A-Za-z0-9])")]
    private static partial Regex Plate();

    // Ids introduced by a word: QQ, WeChat, social security, a phone; the id follows within a few characters.
    [GeneratedRegex(@"(?i)(?:qq|扣扣|企鹅号?)(?:号码?|号|账号)?[\s:：是为=]{0,4}(?<id>[0-9](?:[ \-]?[0-9]){4,11})(?![0-9])")]
    private static partial Regex Qq();

    [GeneratedRegex(@"(?i)(?:微信|威信|薇信|v信|wechat|weixin|wx|vx)(?:号|账号|id)?[\s:：是为=]{0,4}(?<id>[A-Za-z][A-Za-z0-9_\-]{4,19}|[0-9](?:[ \-]?[0-9]){4,14})(?![A-Za-z0-9_\-])")]
    private static partial Regex WeChat();

    [GeneratedRegex(@"(?:社保|医保|社会保障|社会保险|公积金)(?:卡|个人)?(?:号码?|卡号|账号|编号)[\s:：是为=]{0,4}(?<id>[A-Za-z0-9](?:[ \-]?[A-Za-z0-9]){5,24})(?![A-Za-z0-9])")]
    private static partial Regex SocialSecurity();

    [GeneratedRegex(@"(?i)(?:电话|座机|固话|号码|联系方式|手机|tel|phone)")]
    private static partial Regex PhoneWord();

    [GeneratedRegex(@"(?<=[路街巷弄道里村苑园区庄屯组])[0-9〇零一二三四五六七八九十百\-]{1,6}号(?:[0-9A-Za-z〇零一二三四五六七八九十百\-]{1,5}(?:号楼|栋|幢|座|单元|层|楼|室|户|号))*")]
    private static partial Regex HouseNumber();

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var view = View(text);
        var spans = new List<(int Start, int Length, string Replacement)>();

        void Add(int start, int length, string replacement)
        {
            if (!spans.Any(s => start < s.Start + s.Length && start + length > s.Start))
            {
                spans.Add((start, length, replacement));
            }
        }

        foreach (Match m in Email().Matches(view))
        {
            Add(m.Index, m.Length, "[邮箱]");
        }

        foreach (var regex in new[] { (Qq(), "[QQ号]"), (WeChat(), "[微信号]"), (SocialSecurity(), "[社保号]") })
        {
            foreach (Match m in regex.Item1.Matches(view))
            {
                Add(m.Groups["id"].Index, m.Groups["id"].Length, regex.Item2);
            }
        }

        foreach (Match m in DigitRun().Matches(view))
        {
            if (Classify(view, m) is { } replacement)
            {
                Add(m.Index, m.Length, replacement);
            }
        }

        foreach (Match m in Passport().Matches(view))
        {
            Add(m.Index, m.Length, "[证件号]");
        }

        foreach (Match m in Plate().Matches(view).Where(m => m.Value.Skip(2).Any(char.IsAsciiDigit)))
        {
            Add(m.Index, m.Length, view[m.Index] + "****[车牌号]");
        }

        foreach (Match m in HouseNumber().Matches(view))
        {
            Add(m.Index, m.Length, "[门牌号]");
        }

        if (spans.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, length, replacement) in spans.OrderBy(s => s.Start))
        {
            sb.Append(text, at, start - at).Append(replacement);
            at = start + length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>What a run of digits is, as its masked replacement; null for numbers that are not personal (dates, sums).</summary>
    private static string? Classify(string view, Match m)
    {
        var digits = new string(m.Value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').ToArray()).ToUpperInvariant();
        var plus = m.Value.StartsWith('+');
        var national = digits;
        var prefixed = false;
        if (digits.StartsWith("0086", StringComparison.Ordinal) && digits.Length >= 13)
        {
            (national, prefixed) = (digits[4..], true);
        }
        else if (plus && digits.StartsWith("86", StringComparison.Ordinal) && digits.Length >= 11)
        {
            (national, prefixed) = (digits[2..], true);
        }
        else if (digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal))
        {
            national = digits[2..];
        }

        if (national.Length == 12 && national.StartsWith('0') && national[1] == '1')
        {
            national = national[1..];
        }

        var hasX = national.EndsWith('X');
        var numeric = hasX ? national[..^1] : national;
        if (hasX && numeric.Length is 17 or 14)
        {
            return Keep(numeric, 3, 0, "[身份证号]");
        }

        if (hasX)
        {
            numeric = national = digits.TrimEnd('X');
        }

        if (prefixed && !(numeric.Length == 11 && numeric[0] == '1'))
        {
            // +86 followed by an area code without its 0: a landline.
            return Keep(numeric, 0, 0, "[电话]");
        }

        return numeric.Length switch
        {
            11 when numeric[0] == '1' && numeric[1] is >= '3' and <= '9' => Keep(numeric, 3, 0, "[手机号]"),
            18 when IsIdLike(numeric) => Keep(numeric, 3, 0, "[身份证号]"),
            15 when IsIdLike(numeric) => Keep(numeric, 3, 0, "[身份证号]"),
            >= 15 and <= 19 => Keep(numeric, 0, 4, "[银行卡号]"),
            >= 10 and <= 16 when numeric[0] == '0' => Keep(numeric, 3, 0, "[电话]"),
            >= 13 => Keep(numeric, 0, 0, "[号码]"),
            >= 7 and <= 12 when NearPhoneWord(view, m.Index) || HasPhoneShape(m.Value) => Keep(numeric, 0, 0, "[电话]"),
            _ => null,
        };
    }

    /// <summary>A region code (1–8…) followed by a plausible birth date (YYYYMMDD in 18 digits, YYMMDD in 15).</summary>
    private static bool IsIdLike(string d)
    {
        if (d[0] is < '1' or > '8')
        {
            return false;
        }

        var date = d.Length == 18 ? d.Substring(10, 4) : d.Substring(8, 4);
        var month = (date[0] - '0') * 10 + (date[1] - '0');
        var day = (date[2] - '0') * 10 + (date[3] - '0');
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>Grouped like a local phone number: 6512-3456, 6512 3456, 651-2345.</summary>
    private static bool HasPhoneShape(string run) => LocalPhone().IsMatch(run);

    [GeneratedRegex(@"^[0-9]{3,4}[ \-][0-9]{4}$")]
    private static partial Regex LocalPhone();

    private static bool NearPhoneWord(string view, int index)
    {
        var from = Math.Max(0, index - 10);
        return PhoneWord().IsMatch(view.AsSpan(from, index - from).ToString());
    }

    private static string Keep(string digits, int head, int tail, string label)
    {
        var start = digits[..Math.Min(head, digits.Length)];
        var end = tail > 0 && digits.Length > head + tail ? digits[^tail..] : string.Empty;
        return $"{start}****{end}{label}";
    }

    /// <summary>
    /// The text with every character replaced one for one: full-width forms folded to ASCII, digits of any script to 0-9,
    /// and Chinese numerals to digits where at least seven of them stand together (a phone or ID number read aloud).
    /// </summary>
    private static string View(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            chars[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u2014' or '\u2013' or '\u2012' or '\u2010' or '\u2011' or '\u2212' => '-',
                '\u3002' when i > 0 && i + 1 < chars.Length && char.IsAsciiLetterOrDigit(Fold(chars[i + 1])) && char.IsAsciiLetterOrDigit(chars[i - 1]) => '.',
                > '\u007F' when char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
                _ => c,
            };
        }

        // Chinese numerals: runs of numeral characters (possibly mixed with digits and separators) with at least 7 of them.
        var start = -1;
        var count = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            var isDigitLike = i < chars.Length && (char.IsAsciiDigit(chars[i]) || CnDigits.Contains(chars[i], StringComparison.Ordinal));
            var isSeparator = i < chars.Length && chars[i] is ' ' or '-' or '.' or '·';
            if (isDigitLike)
            {
                start = start < 0 ? i : start;
                count++;
                continue;
            }

            if (isSeparator && start >= 0)
            {
                continue;
            }

            if (start >= 0 && count >= 7)
            {
                for (var j = start; j < i; j++)
                {
                    var k = CnDigits.IndexOf(chars[j], StringComparison.Ordinal);
                    if (k >= 0)
                    {
                        chars[j] = CnValues[k];
                    }
                }
            }

            start = -1;
            count = 0;
        }

        return new string(chars);
    }

    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
