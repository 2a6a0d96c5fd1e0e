using System.Text;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Telegram.Rendering;

/// <summary>
/// Renders an engine answer as Telegram HTML laid out for a phone: the conclusion in bold, then the numbered steps and
/// the rest of the short answer — at most <see cref="HeadBudget"/> visible characters — and then, folded in an
/// expandable quote, the verbatim articles (and whatever did not fit above), then the closing note and disclaimer.
/// Headings are bold, notes italic, cited law articles named readably; every piece of text is escaped.
/// </summary>
internal static class AnswerHtml
{
    /// <summary>Visible characters at most before the fold (the conclusion is always shown whole).</summary>
    public const int HeadBudget = 600;

    public const string FoldStart = "<blockquote expandable>";
    public const string FoldEnd = "</blockquote>";

    public static string Render(Answer answer, KnowledgeBase knowledge, string citationsLabel)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sections = answer.Sections.Where(s => s.Lines.Count > 0).ToList();
        var unnamed = CitationNames(answer, knowledge).Where(name => !answer.Text.Contains(name, StringComparison.Ordinal)).ToList();
        var firstBasis = sections.FindIndex(s => s.Kind == SectionKind.Basis);

        // The closing part stays visible under the fold: the disclaimer, and notes after the quoted articles.
        bool Closing(int i) => sections[i].Kind == SectionKind.Disclaimer || (sections[i].Kind == SectionKind.Note && firstBasis >= 0 && i > firstBasis);

        var head = new StringBuilder();
        var fold = new List<string>();
        var tail = new List<string>();
        var visible = 0;
        var folding = false;
        AnswerSection? previous = null;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var pieces = Pieces(section, answer.Mode.IsTopicAnswer());
            if (Closing(i))
            {
                tail.Add(string.Join('\n', pieces));
                continue;
            }

            if (section.Kind == SectionKind.Basis)
            {
                fold.AddRange(pieces);
                continue;
            }

            // Like the plain rendering: a heading-less continuation of the same part follows without a blank line.
            var separator = head.Length == 0 ? string.Empty : section.Heading is null && previous?.Kind == section.Kind ? "\n" : "\n\n";
            var shown = 0;
            if (!folding)
            {
                var budget = HeadBudget - visible - separator.Length;
                var joinable = section.Kind is SectionKind.Steps or SectionKind.Deadline or SectionKind.Also or SectionKind.Note or SectionKind.Contact;
                var sum = 0;
                while (shown < pieces.Count && (section.Kind == SectionKind.Conclusion || sum + Visible(pieces[shown]) + (shown > 0 ? 1 : 0) <= budget))
                {
                    sum += Visible(pieces[shown]) + (shown > 0 ? 1 : 0);
                    shown++;
                }

                // A section is shown whole or, for lists, up to the last line that fits (the heading goes with its first line).
                if (shown < pieces.Count && !joinable)
                {
                    shown = 0;
                    sum = 0;
                }

                if (shown > 0)
                {
                    head.Append(separator).Append(string.Join('\n', pieces.Take(shown)));
                    visible += separator.Length + sum;
                    previous = section;
                }

                folding = shown < pieces.Count;
            }

            fold.AddRange(pieces.Skip(shown));
        }

        if (fold.Count > 0 && unnamed.Count > 0)
        {
            fold.Add(Citations(unnamed, citationsLabel));
        }
        else if (unnamed.Count > 0)
        {
            tail.Insert(0, Citations(unnamed, citationsLabel));
        }

        var sb = new StringBuilder(head.ToString());
        if (fold.Count > 0)
        {
            // Inside the quote, lines are joined by single newlines: a blank line would be a split point for long messages.
            sb.Append(sb.Length > 0 ? "\n\n" : string.Empty).Append(FoldStart).Append(string.Join('\n', fold).Replace("\n\n", "\n", StringComparison.Ordinal)).Append(FoldEnd);
        }

        foreach (var part in tail)
        {
            sb.Append(sb.Length > 0 ? "\n\n" : string.Empty).Append(part);
        }

        return sb.Length > 0 ? sb.ToString() : Html.Escape(answer.Text);
    }

    /// <summary>The readable names of the cited law articles, e.g. 《信访工作条例》第二十条, most relevant first.</summary>
    public static IEnumerable<string> CitationNames(Answer answer, KnowledgeBase knowledge) =>
        answer.Citations.Select(knowledge.Get).Where(e => e?.Kind == EntryKind.Law).Select(e => e!.Title).Distinct(StringComparer.Ordinal);

    /// <summary>The visible part of the answer before the expandable quote (what a phone shows first).</summary>
    public static string BeforeFold(string html)
    {
        var at = html.IndexOf(FoldStart, StringComparison.Ordinal);
        return Html.ToPlain(at < 0 ? html : html[..at]).TrimEnd();
    }

    private static int Visible(string html) => Html.ToPlain(html).Length;

    private static string Citations(List<string> names, string label) =>
        Html.Bold(label + "：") + Html.Escape(string.Join("、", names));

    /// <summary>
    /// A section as HTML lines: the heading joins the first line (an inline reminder or contact is one piece), steps are
    /// numbered, the conclusion bold and notes italic.
    /// </summary>
    private static List<string> Pieces(AnswerSection section, bool boldConclusion)
    {
        var lines = section.Lines.Select((line, i) => section.Kind switch
        {
            SectionKind.Steps => $"{i + 1}. {Html.Escape(line)}",
            SectionKind.Conclusion when boldConclusion && i == 0 => Html.Bold(line),
            SectionKind.Note or SectionKind.Disclaimer => Html.Italic(line),
            _ => Html.Escape(line),
        }).ToList();
        if (section.Heading is null)
        {
            return lines;
        }

        var heading = Html.Bold(section.Heading + "：");
        if (section.Kind is SectionKind.Reminder or SectionKind.Contact && lines.Count == 1)
        {
            return [heading + lines[0]];
        }

        lines[0] = heading + "\n" + lines[0];
        return lines;
    }
}
