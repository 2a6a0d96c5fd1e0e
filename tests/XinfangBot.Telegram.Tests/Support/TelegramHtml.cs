using System.Net;
using System.Text.RegularExpressions;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>Checks text the way Telegram's HTML parse mode does: only its tags, balanced, and every &amp; an entity.</summary>
public static partial class TelegramHtml
{
    private static readonly HashSet<string> Allowed = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "tg-spoiler", "span", "blockquote", "tg-emoji"];

    /// <summary>Null when valid, else Telegram's kind of error description.</summary>
    public static string? Validate(string text)
    {
        var open = new Stack<string>();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<':
                    var end = text.IndexOf('>', i);
                    if (end < 0)
                    {
                        return $"Bad Request: can't parse entities: Unclosed start tag at byte offset {i}";
                    }

                    var tag = text[(i + 1)..end].Trim();
                    var closing = tag.StartsWith('/');
                    var name = TagName().Match(closing ? tag[1..] : tag).Value.ToLowerInvariant();
                    if (!Allowed.Contains(name))
                    {
                        return $"Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {i}";
                    }

                    if (closing)
                    {
                        if (open.Count == 0 || open.Pop() != name)
                        {
                            return $"Bad Request: can't parse entities: Unmatched end tag at byte offset {i}, expected \"</{name}>\"";
                        }
                    }
                    else
                    {
                        open.Push(name);
                    }

                    i = end;
                    break;
                case '>':
                    return $"Bad Request: can't parse entities: Unexpected end tag at byte offset {i}";
                case '&':
                    if (!Entity().IsMatch(text.AsSpan(i)))
                    {
                        return $"Bad Request: can't parse entities: Unknown entity at byte offset {i}";
                    }

                    break;
            }
        }

        return open.Count == 0 ? null : $"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"";
    }

    /// <summary>What the citizen sees: tags removed, entities decoded.</summary>
    public static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    [GeneratedRegex("^[a-zA-Z-]+")]
    private static partial Regex TagName();

    [GeneratedRegex("^&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")]
    private static partial Regex Entity();

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex Tag();
}
