using System.Text;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Telegram.Rendering;

/// <summary>
/// Renders an engine answer as Telegram HTML: the conclusion in bold, headings in bold, steps numbered, notes and the
/// disclaimer in italics, and cited law articles by their readable names. Every piece of text is escaped.
/// </summary>
internal static class AnswerHtml
{
    public static string Render(Answer answer, KnowledgeBase knowledge, string citationsLabel)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sb = new StringBuilder();
        var sections = answer.Sections.Where(s => s.Lines.Count > 0).ToList();
        var closing = sections.FindIndex(s => s.Kind is SectionKind.Note or SectionKind.Disclaimer);
        var unnamed = CitationNames(answer, knowledge).Where(name => !answer.Text.Contains(name, StringComparison.Ordinal)).ToList();
        AnswerSection? previous = null;
        for (var i = 0; i < sections.Count; i++)
        {
            // Articles cited but not named in the text are listed by name before the closing note and disclaimer.
            if (i == closing && unnamed.Count > 0)
            {
                AppendCitations(sb, unnamed, citationsLabel);
                previous = null;
            }

            var section = sections[i];

            // Like the plain rendering: a heading-less continuation of the same part follows without a blank line.
            if (sb.Length > 0)
            {
                sb.Append(section.Heading is null && previous?.Kind == section.Kind ? "\n" : "\n\n");
            }

            previous = section;
            AppendSection(sb, section, answer.Mode == "answer");
        }

        if (closing < 0 && unnamed.Count > 0)
        {
            AppendCitations(sb, unnamed, citationsLabel);
        }

        return sb.Length > 0 ? sb.ToString() : Html.Escape(answer.Text);
    }

    /// <summary>The readable names of the cited law articles, e.g. 《信访工作条例》第二十条, most relevant first.</summary>
    public static IEnumerable<string> CitationNames(Answer answer, KnowledgeBase knowledge) =>
        answer.Citations.Select(knowledge.Get).Where(e => e?.Kind == EntryKind.Law).Select(e => e!.Title).Distinct(StringComparer.Ordinal);

    private static void AppendCitations(StringBuilder sb, List<string> names, string label)
    {
        if (sb.Length > 0)
        {
            sb.Append("\n\n");
        }

        sb.Append(Html.Bold(label + "：")).Append(Html.Escape(string.Join("、", names)));
    }

    private static void AppendSection(StringBuilder sb, AnswerSection section, bool boldConclusion)
    {
        if (section.Heading is not null)
        {
            sb.Append(Html.Bold(section.Heading + "："));
            if (section.Kind == SectionKind.Reminder && section.Lines.Count == 1)
            {
                sb.Append(Html.Escape(section.Lines[0]));
                return;
            }

            sb.Append('\n');
        }

        for (var i = 0; i < section.Lines.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            var line = section.Lines[i];
            sb.Append(section.Kind switch
            {
                SectionKind.Steps => $"{i + 1}. {Html.Escape(line)}",
                SectionKind.Conclusion when boldConclusion && i == 0 => Html.Bold(line),
                SectionKind.Note or SectionKind.Disclaimer => Html.Italic(line),
                _ => Html.Escape(line),
            });
        }
    }
}
