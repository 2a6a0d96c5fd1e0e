using System.Text;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Telegram.Rendering;

/// <summary>
/// Renders a channel guide (导引图) or FAQ as Telegram HTML laid out like an answer on a phone: title and summary, then
/// the body's sections (Markdown headings in bold, bullets as •) up to <see cref="AnswerHtml.HeadBudget"/> visible
/// characters; the sections that do not fit and the cited articles by readable name are folded in an expandable
/// quote; the invitation to describe one's own case stays visible below.
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

        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        foreach (var raw in entry.Text.Split('\n'))
        {
            var line = raw.Trim().Replace("**", string.Empty, StringComparison.Ordinal);
            if (line.Length == 0)
            {
                Flush(paragraphs, paragraph);
                continue;
            }

            if (line.StartsWith('#'))
            {
                Flush(paragraphs, paragraph);
                paragraph.Add(Html.Bold(line.TrimStart('#').Trim()));
                continue;
            }

            paragraph.Add(line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal)
                ? "• " + Html.Escape(line[2..])
                : Html.Escape(line));
        }

        Flush(paragraphs, paragraph);
        var names = entry.Cites.Select(knowledge.Get).Where(e => e?.Kind == EntryKind.Law).Select(e => e!.Title).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > 0)
        {
            paragraphs.Add(Html.Bold((basisHeading.Length > 0 ? basisHeading : citationsLabel) + "：") + Html.Escape(string.Join("、", names)));
        }

        // Whole paragraphs are shown while they fit the phone's first screen; the rest is folded.
        var visible = Html.ToPlain(sb.ToString()).Length;
        var shown = 0;
        while (shown < paragraphs.Count)
        {
            var length = 2 + Html.ToPlain(paragraphs[shown]).Length;
            if (visible + length > AnswerHtml.HeadBudget)
            {
                break;
            }

            visible += length;
            sb.Append("\n\n").Append(paragraphs[shown]);
            shown++;
        }

        if (shown < paragraphs.Count)
        {
            sb.Append("\n\n").Append(AnswerHtml.FoldStart).Append(string.Join("\n\n", paragraphs.Skip(shown))).Append(AnswerHtml.FoldEnd);
        }

        sb.Append("\n\n").Append(Html.Italic(ask));
        return sb.ToString();
    }

    private static void Flush(List<string> paragraphs, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            paragraphs.Add(string.Join('\n', paragraph));
            paragraph.Clear();
        }
    }
}
