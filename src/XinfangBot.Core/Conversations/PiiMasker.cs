using System.Text.RegularExpressions;

namespace XinfangBot.Core.Conversations;

/// <summary>Masks ID-card, mobile phone and bank-card numbers before anything is stored or logged.</summary>
public static partial class PiiMasker
{
    // 18-digit resident ID (last character may be X), 11-digit mainland mobile, 16–19 digit bank card; spaces or dashes allowed in cards.
    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdCard();

    [GeneratedRegex(@"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)")]
    private static partial Regex BankCard();

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var masked = IdCard().Replace(text, m => Keep(m.Value, 3, 2, "[身份证号]"));
        masked = BankCard().Replace(masked, m => Keep(m.Value, 0, 4, "[银行卡号]"));
        masked = Mobile().Replace(masked, m => Keep(m.Value, 3, 0, "[手机号]"));
        return masked;
    }

    private static string Keep(string value, int head, int tail, string label)
    {
        var digits = value.Where(char.IsLetterOrDigit).ToArray();
        var start = new string(digits.Take(head).ToArray());
        var end = tail > 0 ? new string(digits.TakeLast(tail).ToArray()) : string.Empty;
        return $"{start}****{end}{label}";
    }
}
