using System.Globalization;
using System.Text;

namespace XinfangBot.Core.Tests.Support;

/// <summary>
/// A seeded generator of personal data in the forms citizens write it: every category the privacy promise names,
/// each in plain, grouped (spaces, dashes, dots), full-width, prefixed and Chinese-numeral forms. <see cref="Secret"/> is
/// what must never be found again once masked (digits compared after folding every way of writing them).
/// </summary>
internal static class PiiCorpus
{
    public sealed record Item(string Category, string Form, string Text, string Secret);

    private static readonly string[] Regions = ["110101", "310104", "440305", "510107", "330106", "420102", "610113", "230103"];
    private static readonly string[] Areas = ["010", "021", "0755", "0571", "028", "0311"];
    private static readonly string[] Provinces = ["京", "沪", "粤", "川", "浙", "苏", "鲁", "豫"];
    private static readonly string[] Domains = ["qq.com", "163.com", "gmail.com", "example.com.cn", "sina.cn"];
    private const string CnDigits = "零一二三四五六七八九";

    public static IReadOnlyList<Item> Generate(int seed = 20261206, int perForm = 6)
    {
        var random = new Random(seed);
        var items = new List<Item>();
        for (var n = 0; n < perForm; n++)
        {
            Mobiles(random, items);
            Landlines(random, items);
            Ids(random, items);
            Cards(random, items);
            Others(random, items);
        }

        return items;
    }

    private static void Mobiles(Random r, List<Item> items)
    {
        var d = "1" + "3456789"[r.Next(7)] + Digits(r, 9);
        void Add(string form, string text) => items.Add(new Item("mobile", form, text, d));
        Add("plain", d);
        Add("spaces 3-4-4", $"{d[..3]} {d[3..7]} {d[7..]}");
        Add("dashes", $"{d[..3]}-{d[3..7]}-{d[7..]}");
        Add("dots", $"{d[..3]}.{d[3..7]}.{d[7..]}");
        Add("full-width", FullWidth(d));
        Add("full-width grouped", FullWidth($"{d[..3]} {d[3..7]} {d[7..]}").Replace(' ', '\u3000'));
        Add("+86", "+86 " + d);
        Add("+86 dashes", $"+86-{d[..3]}-{d[3..7]}-{d[7..]}");
        Add("(+86)", "(+86)" + d);
        Add("0086", "0086" + d);
        Add("86-", "86-" + d);
        Add("0-prefixed", "0" + d);
        Add("chinese numerals", Chinese(d, false));
        Add("chinese numerals with 幺", Chinese(d, true));
        Add("chinese numerals grouped", Chinese(d[..3], false) + " " + Chinese(d[3..7], false) + " " + Chinese(d[7..], false));
        Add("digit by digit", string.Join(' ', d.ToCharArray()));
        Add("arabic-indic digits", Script(d, '\u0660'));
        Add("mixed numerals", d[..4] + Chinese(d[4..8], false) + d[8..]);
    }

    private static void Landlines(Random r, List<Item> items)
    {
        var area = Areas[r.Next(Areas.Length)];
        var local = (char)('2' + r.Next(7)) + Digits(r, area.Length == 3 ? 7 : 6 + r.Next(2));
        var all = area + local;
        void Add(string form, string text, string? secret = null) => items.Add(new Item("landline", form, text, secret ?? all));
        Add("dash", $"{area}-{local}");
        Add("parentheses", $"({area}){local}");
        Add("full-width parentheses", $"（{area}）{local[..4]} {local[4..]}");
        Add("spaces", $"{area} {local[..4]} {local[4..]}");
        Add("plain", all);
        Add("full-width", FullWidth($"{area}-{local}"));
        Add("+86 without 0", $"+86-{area[1..]}-{local}", area[1..] + local);
        Add("local after 座机", $"座机 {local[..4]}-{local[4..]}", local);
        Add("local after 电话", $"电话{local}", local);
        Add("chinese numerals", Chinese(all, false));
    }

    private static void Ids(Random r, List<Item> items)
    {
        var born = new DateOnly(1950, 1, 1).AddDays(r.Next(20000));
        var body = Regions[r.Next(Regions.Length)] + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Digits(r, 3);
        var id = body + CheckDigit(body);
        void Add(string form, string text, string secret) => items.Add(new Item("id-18", form, text, secret));
        Add("plain", id, id[..17]);
        Add("lower-case x", id.Replace('X', 'x'), id[..17]);
        Add("6-8-4", $"{id[..6]} {id[6..14]} {id[14..]}", id[..17]);
        Add("dashes", $"{id[..6]}-{id[6..14]}-{id[14..]}", id[..17]);
        Add("full-width", FullWidth(id), id[..17]);
        Add("chinese numerals", Chinese(id[..17], false) + (id[17] == 'X' ? "X" : Chinese(id[17..], false)), id[..17]);
        Add("3-3-4-4-4", $"{id[..3]} {id[3..6]} {id[6..10]} {id[10..14]} {id[14..]}", id[..17]);
        var old = Regions[r.Next(Regions.Length)] + born.ToString("yyMMdd", CultureInfo.InvariantCulture) + Digits(r, 3);
        items.Add(new Item("id-15", "plain", old, old));
        items.Add(new Item("id-15", "grouped", $"{old[..6]} {old[6..12]} {old[12..]}", old));
        items.Add(new Item("id-15", "full-width", FullWidth(old), old));
        items.Add(new Item("social-security", "社保卡号", "社保卡号：" + id, id[..17]));
        var ss = Digits(r, 10);
        items.Add(new Item("social-security", "社会保障号码 10 digits", "社会保障号码 " + ss, ss));
        var medical = "A" + Digits(r, 9);
        items.Add(new Item("social-security", "医保卡号 letter+digits", "医保卡号是" + medical, medical));
    }

    private static void Cards(Random r, List<Item> items)
    {
        foreach (var length in new[] { 15, 16, 17, 18, 19 })
        {
            var card = "62" + Digits(r, length - 2);
            void Add(string form, string text) => items.Add(new Item("bank-card", $"{length} {form}", text, card));
            Add("plain", card);
            Add("groups of 4", string.Join(' ', Chunks(card, 4)));
            Add("dashes", string.Join('-', Chunks(card, 4)));
            Add("full-width", FullWidth(string.Join(' ', Chunks(card, 4))));
        }
    }

    private static void Others(Random r, List<Item> items)
    {
        var user = new[] { "zhangwei", "li.na", "wang_fang", "liu-yang", "chen+news" }[r.Next(5)] + r.Next(10, 99).ToString(CultureInfo.InvariantCulture);
        var email = user + "@" + Domains[r.Next(Domains.Length)];
        items.Add(new Item("email", "plain", email, email));
        items.Add(new Item("email", "upper-case", email.ToUpperInvariant(), email));
        items.Add(new Item("email", "full-width @", email.Replace("@", "＠", StringComparison.Ordinal), email));
        items.Add(new Item("email", "full-width", FullWidth(email), email));

        var passport = "E" + Digits(r, 8);
        items.Add(new Item("passport", "E+8", passport, passport[1..]));
        items.Add(new Item("passport", "EA+7", "EA" + passport[2..], passport[2..]));
        items.Add(new Item("passport", "G+8 lower-case", "g" + passport[1..], passport[1..]));
        items.Add(new Item("passport", "full-width", FullWidth(passport), passport[1..]));
        items.Add(new Item("passport", "spaced", "E " + passport[1..], passport[1..]));
        items.Add(new Item("permit", "港澳通行证 C+8", "C" + passport[1..], passport[1..]));

        var province = Provinces[r.Next(Provinces.Length)];
        var letter = "ABCDEFGHJK"[r.Next(10)];
        var plate = Digits(r, 1) + "ABCDEFGHJKLMNPQRSTUVWXYZ"[r.Next(24)] + Digits(r, 3);
        items.Add(new Item("plate", "plain", $"{province}{letter}{plate}", $"{letter}{plate}"));
        items.Add(new Item("plate", "dot", $"{province}{letter}·{plate}", $"{letter}{plate}"));
        items.Add(new Item("plate", "dash", $"{province}{letter}-{plate}", $"{letter}{plate}"));
        items.Add(new Item("plate", "new energy", $"{province}{letter}D{plate}", $"{letter}D{plate}"));
        items.Add(new Item("plate", "space", $"{province}{letter} {plate}", $"{letter}{plate}"));

        var qq = (char)('1' + r.Next(9)) + Digits(r, 5 + r.Next(5));
        items.Add(new Item("qq", "QQ：", "QQ：" + qq, qq));
        items.Add(new Item("qq", "qq号", "qq号 " + qq, qq));
        items.Add(new Item("qq", "扣扣 full-width", "扣扣" + FullWidth(qq), qq));
        var wechat = new[] { "wxid_", "zhang", "Lee-", "a_b" }[r.Next(4)] + Digits(r, 4) + "xy";
        items.Add(new Item("wechat", "微信号：", "微信号：" + wechat, wechat));
        items.Add(new Item("wechat", "vx", "vx " + wechat, wechat));
        items.Add(new Item("wechat", "WeChat", "WeChat: " + wechat, wechat));
        var wxPhone = "1" + "3456789"[r.Next(7)] + Digits(r, 9);
        items.Add(new Item("wechat", "微信 is a phone", "微信同号" + wxPhone, wxPhone));

        var house = $"{r.Next(1, 300)}号{r.Next(1, 30)}号楼{r.Next(1, 6)}单元{r.Next(1, 30)}0{r.Next(1, 9)}室";
        items.Add(new Item("address", "house number", "家住朝阳区建国路" + house, house));
    }

    private static string Digits(Random r, int count)
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append((char)('0' + r.Next(10)));
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Chunks(string s, int size)
    {
        for (var i = 0; i < s.Length; i += size)
        {
            yield return s.Substring(i, Math.Min(size, s.Length - i));
        }
    }

    private static string FullWidth(string s) =>
        new(s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray());

    private static string Script(string digits, char zero) => new(digits.Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c).ToArray());

    private static string Chinese(string digits, bool yao) =>
        new(digits.Select(c => c == '1' && yao ? '幺' : c == '0' && yao ? '〇' : CnDigits[c - '0']).ToArray());

    private static char CheckDigit(string body)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return "10X98765432"[sum % 11];
    }

    /// <summary>
    /// Text folded so that every way of writing a digit becomes 0-9 and separators disappear: a secret found in it leaked.
    /// Letters are upper-cased so a masked e-mail or id is compared case-insensitively.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            var cn = "〇零一幺二两三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (cn >= 0)
            {
                sb.Append("0011223456789"[cn]);
            }
            else if (c > '\u007F' && char.IsDigit(c))
            {
                sb.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (c is ' ' or '-' or '.' or '·' or '(' or ')' or '_' or '\u3000' or '（' or '）' or '+')
            {
                continue;
            }
            else
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    public static string FoldSecret(string secret) => Fold(secret);
}
