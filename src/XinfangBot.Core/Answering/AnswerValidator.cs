using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Answering;

/// <summary>
/// The last check before an answer leaves the engine: every citation exists in the loaded knowledge base, and every
/// period a line states (30日, 6个月, 一年…) is stated by one of the cited articles. Offending citations and lines
/// are removed and reported; a correct answer has no issues.
/// </summary>
public static class AnswerValidator
{
    public static (List<AnswerSection> Sections, List<string> Citations, List<string> Issues) Validate(
        IReadOnlyList<AnswerSection> sections, IReadOnlyList<string> citations, KnowledgeBase kb)
    {
        var issues = new List<string>();
        var valid = new List<string>();
        foreach (var id in citations)
        {
            if (kb.Exists(id))
            {
                valid.Add(id);
            }
            else
            {
                issues.Add($"citation '{id}' is not in the knowledge base");
            }
        }

        var allowed = kb.PeriodsCitedBy(valid);

        var checkedSections = new List<AnswerSection>();
        foreach (var section in sections)
        {
            if (section.Kind is SectionKind.Basis or SectionKind.Disclaimer || section.Computed)
            {
                checkedSections.Add(section);
                continue;
            }

            var lines = new List<string>();
            foreach (var line in section.Lines)
            {
                var unbacked = PeriodFinder.Find(line).Where(p => !allowed.Contains(p)).ToList();
                if (unbacked.Count == 0)
                {
                    lines.Add(line);
                }
                else
                {
                    issues.Add($"line states {string.Join(", ", unbacked.Select(p => $"{p.Number}{p.Unit}"))} which no cited article contains: {line}");
                }
            }

            checkedSections.Add(section with { Lines = lines });
        }

        return (checkedSections, valid, issues);
    }
}
