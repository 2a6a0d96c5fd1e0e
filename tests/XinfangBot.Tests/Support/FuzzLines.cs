using System.Globalization;
using System.Text;

namespace XinfangBot.Tests.Support;

/// <summary>
/// A seeded generator of batch input lines of every kind a reliability probe throws at <c>answer --jsonl</c>: questions
/// with dates in other scripts' digits, blank lines, garbage, binary bytes, duplicate keys, lone surrogate escapes,
/// wrong types, deep nesting, huge lines, CRLF endings. Each line says whether it must be answered or refused.
/// </summary>
internal static class FuzzLines
{
    public enum Expect
    {
        Answer,
        Error,
        Either,
    }

    public sealed record Line(string Kind, byte[] Bytes, Expect Expect, string? Id);

    private static readonly string[] Questions =
    [
        "老板拖欠我三个月工资怎么办", "我{date}收到信访处理意见，不服怎么办", "对复查意见不服还能找谁", "村里征地补偿太低",
        "邻居装修太吵了", "被辞退了，公司不给补偿", "交警罚款我不服", "法院判决我不服", "我想去北京上访", "不想活了",
        "小区物业乱收费", "工伤认定要多久", "医院治坏了我", "我想申请政府信息公开", "hello, my boss owes me money",
    ];

    private static readonly string[] Zeros = ["0", "\u0660", "\u06F0", "\u0966", "\u09E6", "\u0E50", "\uFF10", "\u17E0"];

    public static IReadOnlyList<Line> Generate(int count, int seed = 12)
    {
        var random = new Random(seed);
        var lines = new List<Line>(count);
        for (var i = 0; i < count; i++)
        {
            lines.Add(Make(random, i));
        }

        return lines;
    }

    /// <summary>The file: lines joined by \n, the last one without its newline.</summary>
    public static byte[] Join(IReadOnlyList<Line> lines)
    {
        using var stream = new MemoryStream();
        for (var i = 0; i < lines.Count; i++)
        {
            stream.Write(lines[i].Bytes);
            if (i < lines.Count - 1)
            {
                stream.WriteByte((byte)'\n');
            }
        }

        return stream.ToArray();
    }

    private static Line Make(Random r, int n)
    {
        var id = "q" + n.ToString(CultureInfo.InvariantCulture);
        var kind = r.Next(100);
        return kind switch
        {
            < 40 => Json("question", $$"""{"id":"{{id}}","text":"{{Escape(Question(r))}}"}""", Expect.Answer, id),
            < 44 => Json("question with history", $$"""{"id":"{{id}}","text":"那要多久","history":[{"role":"user","text":"{{Escape(Question(r))}}"},{"role":"bot","text":"可以"},{"role":7},"x",null]}""", Expect.Answer, id),
            < 48 => Raw("blank", string.Empty, Expect.Error),
            < 50 => Raw("whitespace", new string(' ', r.Next(1, 5)) + "\t", Expect.Error),
            < 54 => Raw("garbage", Garbage(r), Expect.Error),
            < 57 => new Line("binary", Binary(r), Expect.Error, null),
            < 60 => Json("duplicate key", $$"""{"id":"{{id}}","text":"欠薪","text":"拆迁"}""", Expect.Error, null),
            < 63 => Json("lone surrogate in text", $$"""{"id":"{{id}}","text":"欠薪\ud800怎么办\udfff"}""", Expect.Either, null),
            < 65 => Json("lone surrogate in id", """{"id":"\udc00x","text":"欠薪怎么办"}""", Expect.Either, null),
            < 68 => Json("wrong type", WrongType(r, id), Expect.Error, null),
            < 70 => Json("not an object", new[] { "[1,2]", "42", "\"text\"", "null", "true" }[r.Next(5)], Expect.Error, null),
            < 71 => Json("deep nesting", new string('[', 5000) + new string(']', 5000), Expect.Error, null),
            < 73 => Json("control characters", $$"""{"id":"{{id}}","text":"\u0000\u0007欠薪\u200b\u202e怎么办\u001f"}""", Expect.Answer, id),
            < 75 => Json("long text", $$"""{"id":"{{id}}","text":"{{string.Concat(Enumerable.Repeat("老板欠我工资", 3000))}}"}""", Expect.Answer, id),
            < 77 => Json("CRLF", $$"""{"id":"{{id}}","text":"邻居太吵"}""" + "\r", Expect.Answer, id),
            < 79 => new Line("invalid UTF-8 inside a string", [.. Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","text":"欠薪"""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\"}")], Expect.Answer, id),
            < 81 => Json("numbers as id", $$"""{"id":{{r.Next()}}e999,"text":"欠薪"}""", Expect.Either, null),
            < 83 => Json("empty text", $$"""{"id":"{{id}}","text":""}""", Expect.Answer, id),
            < 84 => Json("huge line", $$"""{"id":"{{id}}","text":"{{new string('欠', 1_100_000)}}"}""", Expect.Error, null),
            < 86 => Json("truncated JSON", $$"""{"id":"{{id}}","text":"欠""", Expect.Error, null),
            < 88 => Json("trailing garbage", $$"""{"id":"{{id}}","text":"欠薪"} xyz""", Expect.Error, null),
            < 90 => Json("escaped digits date", $$"""{"id":"{{id}}","text":"我\u0662\u0660\u0662\u0666-\u0660\u0663-\u0660\u0662收到答复"}""", Expect.Answer, id),
            _ => Json("question in other digits", $$"""{"id":"{{id}}","text":"{{Escape(Question(r, Zeros[r.Next(Zeros.Length)]))}}"}""", Expect.Answer, id),
        };
    }

    private static Line Json(string kind, string text, Expect expect, string? id) => new(kind, Encoding.UTF8.GetBytes(text), expect, id);

    private static Line Raw(string kind, string text, Expect expect) => new(kind, Encoding.UTF8.GetBytes(text), expect, null);

    private static string Question(Random r, string zero = "0")
    {
        var date = r.Next(4) switch
        {
            0 => $"{r.Next(1, 13)}月{r.Next(1, 29)}日",
            1 => $"2026年{r.Next(1, 13)}月{r.Next(1, 29)}日",
            2 => $"2026-{r.Next(1, 13):D2}-{r.Next(1, 29):D2}",
            _ => "上个月15号",
        };
        date = new string(date.Select(c => char.IsAsciiDigit(c) ? (char)(zero[0] + (c - '0')) : c).ToArray());
        var q = Questions[r.Next(Questions.Length)].Replace("{date}", date, StringComparison.Ordinal);
        return r.Next(3) == 0 ? $"{date}{q}" : q + (r.Next(4) == 0 ? "😀🙏" : string.Empty);
    }

    private static string WrongType(Random r, string id) => r.Next(5) switch
    {
        0 => $$"""{"id":"{{id}}","text":42}""",
        1 => $$"""{"id":"{{id}}","text":["欠薪"]}""",
        2 => $$"""{"id":"{{id}}","text":null}""",
        3 => $$$"""{"id":"{{{id}}}","text":{"a":"欠薪"}}""",
        _ => $$"""{"id":"{{id}}"}""",
    };

    private static string Garbage(Random r)
    {
        var chars = "{}[]\":,abc欠薪\\ \t'".ToCharArray();
        return new string(Enumerable.Range(0, r.Next(1, 40)).Select(_ => chars[r.Next(chars.Length)]).ToArray()) + "{";
    }

    private static byte[] Binary(Random r)
    {
        var bytes = new byte[r.Next(1, 200)];
        r.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                bytes[i] = 0;
            }
        }

        bytes[0] = 0xFE;
        return bytes;
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
