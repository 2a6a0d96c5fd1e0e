using System.Globalization;

namespace XinfangBot.Core.Knowledge;

/// <summary>Parses one knowledge file (law, guide or FAQ) and checks what can be checked within the file.</summary>
public static class KnowledgeFileParser
{
    public static (KnowledgeFile? File, IReadOnlyList<KnowledgeError> Errors) Parse(string relativePath, string raw)
    {
        var errors = new List<KnowledgeError>();
        var file = relativePath.Replace('\\', '/');
        if (raw.Contains('\0', StringComparison.Ordinal))
        {
            return (null, [new KnowledgeError(file, 1, "binary content: a knowledge file must be UTF-8 text")]);
        }

        var (meta, body, bodyLine, error) = FrontMatter.Split(file, raw);
        if (meta is null)
        {
            return (null, [error!]);
        }

        var kind = meta.Kind;
        if (!EntryKind.IsKnown(kind))
        {
            errors.Add(new KnowledgeError(file, LineOf(raw, "kind:"), $"kind must be law, guide or faq (found '{kind}')"));
            return (null, errors);
        }

        var slug = Path.GetFileNameWithoutExtension(file);
        var expectedId = kind == EntryKind.Law ? slug : $"{kind}/{slug}";
        if (meta.Id != expectedId)
        {
            errors.Add(new KnowledgeError(file, LineOf(raw, "id:"), $"id must be '{expectedId}' for this file (found '{meta.Id}')"));
        }

        if (string.IsNullOrWhiteSpace(meta.Title))
        {
            errors.Add(new KnowledgeError(file, 1, "missing required field 'title'"));
        }

        var status = meta.Status ?? string.Empty;
        if (!EntryStatus.IsKnown(status))
        {
            errors.Add(new KnowledgeError(file, LineOf(raw, "status:"), $"status must be draft, published or retired (found '{status}')"));
        }

        foreach (var (name, value) in new[] { ("effective", meta.Effective), ("reviewed", meta.Reviewed) })
        {
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, name + ":"), $"{name} must be a date yyyy-MM-dd (found '{value}')"));
            }
        }

        if (meta.Reviewed is null)
        {
            errors.Add(new KnowledgeError(file, 1, "missing required field 'reviewed'"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        IReadOnlyList<KnowledgeEntry> entries = kind == EntryKind.Law
            ? LawFileParser.Parse(file, meta, body, bodyLine, errors)
            : [ParseDocument(file, raw, meta, body, errors)];
        return errors.Count > 0 ? (null, errors) : (new KnowledgeFile(file, raw, entries), errors);
    }

    private static KnowledgeEntry ParseDocument(string file, string raw, FrontMatter meta, string body, List<KnowledgeError> errors)
    {
        if (string.IsNullOrWhiteSpace(meta.Summary))
        {
            errors.Add(new KnowledgeError(file, 1, "missing required field 'summary'"));
        }

        if (meta.Cites is null || meta.Cites.Count == 0)
        {
            errors.Add(new KnowledgeError(file, 1, "missing required field 'cites' (at least one law article)"));
        }

        if (!body.Contains("## 怎么办", StringComparison.Ordinal))
        {
            errors.Add(new KnowledgeError(file, 1, "the body needs a section '## 怎么办'"));
        }

        foreach (var channel in meta.Channels ?? [])
        {
            if (!ChannelIds.IsKnown(channel))
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, channel), $"unknown channel '{channel}' (see CONTRACTS §2)"));
            }
        }

        foreach (var keyword in meta.Keywords ?? [])
        {
            if (KeywordPattern.Problem(keyword) is { } problem)
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, keyword), problem));
            }
        }

        var leads = new List<CiteLead>();
        foreach (var lead in meta.Leads ?? [])
        {
            var when = (lead.When ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList();
            var cites = lead.Cites ?? [];
            if (when.Count == 0 || cites.Count == 0)
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, "leads:"), "each item of 'leads' needs words ('when') and cited articles ('cites')"));
                continue;
            }

            foreach (var problem in when.Select(KeywordPattern.Problem).OfType<string>())
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, "leads:"), "leads: " + problem));
            }

            foreach (var cite in cites.Where(c => meta.Cites?.Contains(c) != true))
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, "leads:"), $"leads names '{cite}', which the entry does not cite"));
            }

            leads.Add(new CiteLead(when, cites));
        }

        var situations = new List<StepCondition>();
        foreach (var situation in meta.Situations ?? [])
        {
            var when = (situation.When ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList();
            if (situation.Step < 1 || when.Count == 0)
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, "situations:"), "each item of 'situations' needs a step number from 1 ('step') and the words of its situation ('when')"));
                continue;
            }

            foreach (var problem in when.Select(KeywordPattern.Problem).OfType<string>())
            {
                errors.Add(new KnowledgeError(file, LineOf(raw, "situations:"), "situations: " + problem));
            }

            situations.Add(new StepCondition(situation.Step, when));
        }

        return new KnowledgeEntry
        {
            Id = meta.Id!,
            Kind = meta.Kind!,
            Title = meta.Title!,
            Text = body.Trim(),
            Status = meta.Status!,
            Summary = meta.Summary?.Trim(),
            Channels = meta.Channels ?? [],
            Keywords = meta.Keywords ?? [],
            Cites = meta.Cites ?? [],
            Quotes = meta.Quotes ?? [],
            Deadlines = meta.Deadlines ?? [],
            Followups = meta.Followups ?? [],
            Leads = leads,
            Situations = situations,
            Examples = meta.Examples ?? [],
            Source = meta.Source,
            Effective = meta.Effective,
            Reviewed = meta.Reviewed,
            File = file,
        };
    }

    internal static int LineOf(string raw, string needle)
    {
        var index = raw.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? 1 : raw.AsSpan(0, index).Count('\n') + 1;
    }
}
