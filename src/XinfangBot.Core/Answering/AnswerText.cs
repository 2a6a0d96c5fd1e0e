using System.Text;

namespace XinfangBot.Core.Answering;

/// <summary>Renders answer sections as the plain text a terminal or batch user sees.</summary>
internal static class AnswerText
{
    public static string Render(IReadOnlyList<AnswerSection> sections)
    {
        var sb = new StringBuilder();
        AnswerSection? previous = null;
        foreach (var section in sections.Where(s => s.Lines.Count > 0))
        {
            // A heading-less continuation of the same part follows without a blank line.
            if (sb.Length > 0 && !(section.Heading is null && previous?.Kind == section.Kind))
            {
                sb.Append('\n');
            }

            previous = section;

            if (section.Heading is not null)
            {
                sb.Append(section.Heading).Append('：');
                if (section.Kind is SectionKind.Reminder or SectionKind.Contact && section.Lines.Count == 1)
                {
                    sb.Append(section.Lines[0]).Append('\n');
                    continue;
                }

                sb.Append('\n');
            }

            for (var i = 0; i < section.Lines.Count; i++)
            {
                if (section.Kind == SectionKind.Steps)
                {
                    sb.Append(i + 1).Append(". ");
                }

                sb.Append(section.Lines[i]).Append('\n');
            }
        }

        return sb.ToString().TrimEnd();
    }
}
