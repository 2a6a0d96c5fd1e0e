namespace XinfangBot.Core.Text;

/// <summary>Chinese numerals as used in article numbers and periods (十, 二十, 一百八十八, 二百零一, 六十).</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        int total = 0, current = 0;
        foreach (var ch in text)
        {
            var digit = ch == '〇' || ch == '两' ? (ch == '两' ? 2 : 0) : Digits.IndexOf(ch, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = ch switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                value = 0;
                return false;
            }

            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        value = total + current;
        return value > 0;
    }

    public static int Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"Not a Chinese number: {text}");

    /// <summary>Writes 1..999 as used in article names: 第二十条, 第一百八十八条, 第二百零一条.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);
        var sb = new System.Text.StringBuilder();
        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var rest = value;
        var pendingZero = false;
        foreach (var (unit, name) in units)
        {
            var d = rest / unit;
            rest %= unit;
            if (d > 0)
            {
                if (pendingZero)
                {
                    sb.Append('零');
                    pendingZero = false;
                }

                if (!(unit == 10 && d == 1 && sb.Length == 0))
                {
                    sb.Append(Digits[d]);
                }

                sb.Append(name);
            }
            else if (sb.Length > 0)
            {
                pendingZero = true;
            }
        }

        if (rest > 0)
        {
            if (pendingZero)
            {
                sb.Append('零');
            }

            sb.Append(Digits[rest]);
        }

        return sb.ToString();
    }
}
