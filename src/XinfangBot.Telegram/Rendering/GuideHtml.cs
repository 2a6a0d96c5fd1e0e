using System.Text;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Telegram.Rendering;

/// <summary>
/// Renders a channel guide (导引图) or FAQ as Telegram HTML: title, summary, the body's sections (Markdown headings in
/// bold, bullets as •), the cited articles by readable name, and an invitation to describe one's own case.
/// </summary>
internal static class GuideHtml
{
    public static string Render(KnowledgeEntry entry, KnowledgeBase knowledge, string basisHeading, string citationsLabel, string ask)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sb = new StringBuilder(Html.Bold(entry.Title));
        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            sb.Append("\n\n").Append(Html.Escape(entry.Summary.Trim()));
        }

        var paragraph = new List<string>();
        foreach (var raw in entry.Text.Split('\n'))
        {
            var line = raw.Trim().Replace("**", string.Empty, StringComparison.Ordinal);
            if (line.Length == 0)
            {
                Flush(sb, paragraph);
                continue;
            }

            if (line.StartsWith('#'))
            {
                Flush(sb, paragraph);
                paragraph.Add(Html.Bold(line.TrimStart('#').Trim()));
                continue;
            }

            paragraph.Add(line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal)
                ? "• " + Html.Escape(line[2..])
                : Html.Escape(line));
        }

        Flush(sb, paragraph);
        var names = entry.Cites.Select(knowledge.Get).Where(e => e?.Kind == EntryKind.Law).Select(e => e!.Title).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > 0)
        {
            sb.Append("\n\n").Append(Html.Bold((basisHeading.Length > 0 ? basisHeading : citationsLabel) + "："))
                .Append(Html.Escape(string.Join("、", names)));
        }

        sb.Append("\n\n").Append(Html.Italic(ask));
        return sb.ToString();
    }

    private static void Flush(StringBuilder sb, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            sb.Append("\n\n").Append(string.Join('\n', paragraph));
            paragraph.Clear();
        }
    }
}
