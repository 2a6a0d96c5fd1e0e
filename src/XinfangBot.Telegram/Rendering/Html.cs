using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace XinfangBot.Telegram.Rendering;

/// <summary>Telegram HTML: escaping every dynamic piece, and turning a rendered message back into plain text.</summary>
internal static partial class Html
{
    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>, the three characters Telegram's HTML mode requires escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string Bold(string? text) => $"<b>{Escape(text)}</b>";

    public static string Italic(string? text) => $"<i>{Escape(text)}</i>";

    /// <summary>The same content without markup: tags removed, entities decoded (the fallback when Telegram rejects the HTML).</summary>
    public static string ToPlain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex Tag();
}
