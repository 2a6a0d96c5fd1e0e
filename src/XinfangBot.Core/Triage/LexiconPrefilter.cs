using System.Text;
using System.Text.RegularExpressions;

namespace XinfangBot.Core.Triage;

/// <summary>
/// A cheap necessary condition for a lexicon template, checked before its regular expression runs: which named sets
/// must have a word in the message and which literal runs must occur (e.g. <c>{self}{gap}{ingest}{gap}{poison}</c> needs a
/// word of <c>self</c>, <c>ingest</c> and <c>poison</c>). Optional parts (<c>?</c>, <c>*</c>, <c>{0,n}</c>), character
/// classes, escapes and lookarounds need nothing, so the condition never rejects a message the expression would match.
/// </summary>
internal abstract class Need
{
    public static readonly Need Always = new AlwaysNeed();

    public abstract bool Holds(LexiconProbe probe);

    public static Need All(List<Need> needs)
    {
        needs.RemoveAll(n => n is AlwaysNeed);
        return needs.Count switch { 0 => Always, 1 => needs[0], _ => new AllNeed([.. needs]) };
    }

    public static Need Any(List<Need> needs) =>
        needs.Any(n => n is AlwaysNeed) ? Always : needs.Count == 1 ? needs[0] : new AnyNeed([.. needs]);

    private sealed class AlwaysNeed : Need
    {
        public override bool Holds(LexiconProbe probe) => true;
    }

    private sealed class AllNeed(Need[] needs) : Need
    {
        public override bool Holds(LexiconProbe probe)
        {
            foreach (var need in needs)
            {
                if (!need.Holds(probe))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class AnyNeed(Need[] needs) : Need
    {
        public override bool Holds(LexiconProbe probe)
        {
            foreach (var need in needs)
            {
                if (need.Holds(probe))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>A word of the named set occurs in the message.</summary>
internal sealed class SetNeed(int set) : Need
{
    public override bool Holds(LexiconProbe probe) => probe.HasSet(set);
}

/// <summary>A literal run of the template occurs in the message.</summary>
internal sealed class LiteralNeed(string literal) : Need
{
    public override bool Holds(LexiconProbe probe) => probe.Lowered.Contains(literal, StringComparison.Ordinal);
}

/// <summary>One message, lower-cased once, with the sets that have a word in it (found in one pass over the text).</summary>
internal sealed class LexiconProbe
{
    private readonly bool[] _present;

    public LexiconProbe(string text, SetScanner scanner)
    {
        Lowered = text.ToLowerInvariant();
        _present = scanner.Scan(Lowered);
    }

    public string Lowered { get; }

    public bool HasSet(int set) => _present[set];
}

/// <summary>Finds which named sets have a word in a lower-cased text: words indexed by their first character.</summary>
internal sealed class SetScanner
{
    private readonly Dictionary<char, (string Word, int Set)[]> _byFirst;
    private readonly int _sets;

    public SetScanner(IReadOnlyList<IReadOnlyList<string>> sets)
    {
        _sets = sets.Count;
        _byFirst = sets
            .SelectMany((words, set) => words.Select(w => (Word: w.ToLowerInvariant(), Set: set)))
            .Where(e => e.Word.Length > 0)
            .Distinct()
            .GroupBy(e => e.Word[0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public bool[] Scan(string lowered)
    {
        var present = new bool[_sets];
        var span = lowered.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!_byFirst.TryGetValue(span[i], out var entries))
            {
                continue;
            }

            var rest = span[i..];
            foreach (var (word, set) in entries)
            {
                if (!present[set] && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    present[set] = true;
                }
            }
        }

        return present;
    }
}

/// <summary>Reads a template's necessary condition: sequences need all their required parts, alternations any branch.</summary>
internal sealed partial class NeedParser(Func<string, Need> reference)
{
    private const string Special = "\\[](){}|.^$*+?";

    public Need Parse(string template)
    {
        var pos = 0;
        try
        {
            var need = Alternation(template, ref pos);
            return pos == template.Length ? need : Need.Always;
        }
        catch (IndexOutOfRangeException)
        {
            // A construct this reader does not follow: no shortcut for this template (always run the expression).
            return Need.Always;
        }
        catch (ArgumentOutOfRangeException)
        {
            return Need.Always;
        }
        catch (FormatException)
        {
            return Need.Always;
        }
    }

    private Need Alternation(string t, ref int pos)
    {
        var branches = new List<Need> { Sequence(t, ref pos) };
        while (pos < t.Length && t[pos] == '|')
        {
            pos++;
            branches.Add(Sequence(t, ref pos));
        }

        return Need.Any(branches);
    }

    private Need Sequence(string t, ref int pos)
    {
        var items = new List<Need>();
        var run = new StringBuilder();
        void Flush()
        {
            if (run.Length > 0)
            {
                items.Add(new LiteralNeed(run.ToString().ToLowerInvariant()));
                run.Clear();
            }
        }

        while (pos < t.Length && t[pos] != '|' && t[pos] != ')')
        {
            var c = t[pos];
            Need item = Need.Always;
            var literal = false;
            if (c == '{' && Reference().Match(t, pos) is { Success: true } m && m.Index == pos)
            {
                item = reference(m.Groups[1].Value);
                pos += m.Length;
            }
            else if (c == '(')
            {
                pos++;
                var look = false;
                if (t[pos] == '?')
                {
                    if (t[pos + 1] == ':')
                    {
                        pos += 2;
                    }
                    else if (t[pos + 1] is '=' or '!')
                    {
                        look = true;
                        pos += 2;
                    }
                    else if (t[pos + 1] == '<' && t[pos + 2] is '=' or '!')
                    {
                        look = true;
                        pos += 3;
                    }
                    else if (t[pos + 1] == '<')
                    {
                        pos = t.IndexOf('>', pos) + 1;
                    }
                    else
                    {
                        throw new FormatException("unsupported group");
                    }
                }

                var inner = Alternation(t, ref pos);
                if (t[pos] != ')')
                {
                    throw new FormatException("unclosed group");
                }

                pos++;
                item = look ? Need.Always : inner;
            }
            else if (c == '[')
            {
                pos++;
                if (t[pos] == '^')
                {
                    pos++;
                }

                if (t[pos] == ']')
                {
                    pos++;
                }

                while (t[pos] != ']')
                {
                    pos += t[pos] == '\\' ? 2 : 1;
                }

                pos++;
            }
            else if (c == '\\')
            {
                pos++;
                if (t[pos] is 'p' or 'P' && pos + 1 < t.Length && t[pos + 1] == '{')
                {
                    pos = t.IndexOf('}', pos);
                }

                pos++;
            }
            else if (Special.Contains(c, StringComparison.Ordinal))
            {
                // . ^ $ (and a stray quantifier or brace): matches without a fixed character.
                pos++;
            }
            else
            {
                literal = true;
                pos++;
            }

            var quantified = Quantifier(t, ref pos, out var optional);
            if (literal && !quantified)
            {
                run.Append(c);
                continue;
            }

            Flush();
            if (!literal && !optional)
            {
                items.Add(item);
            }
        }

        Flush();
        return Need.All(items);
    }

    /// <summary>Reads a quantifier after an item; <paramref name="optional"/> when it allows zero repetitions.</summary>
    private static bool Quantifier(string t, ref int pos, out bool optional)
    {
        optional = false;
        if (pos >= t.Length)
        {
            return false;
        }

        switch (t[pos])
        {
            case '?' or '*':
                optional = true;
                pos++;
                break;
            case '+':
                pos++;
                break;
            case '{' when pos + 1 < t.Length && char.IsAsciiDigit(t[pos + 1]):
                var close = t.IndexOf('}', pos);
                var min = t[(pos + 1)..close].Split(',')[0];
                optional = min.Trim() is "" or "0";
                pos = close + 1;
                break;
            default:
                return false;
        }

        if (pos < t.Length && t[pos] is '?' or '+')
        {
            pos++;
        }

        return true;
    }

    [GeneratedRegex(@"\G\{([a-z_0-9]+)\}")]
    private static partial Regex Reference();
}
