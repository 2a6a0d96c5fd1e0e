namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Checks that hold across files: unique ids, citations that resolve, verbatim quotes, articles named in the text that
/// exist, periods stated by a cited article, known deadline rules.
/// </summary>
public static class KnowledgeSetValidator
{
    public static (IReadOnlyList<KnowledgeFile> Accepted, IReadOnlyList<KnowledgeError> Errors) Validate(
        IReadOnlyList<KnowledgeFile> files, IReadOnlyCollection<string>? knownDeadlines = null, IReadOnlyDictionary<string, KnowledgeEntry>? existing = null)
    {
        var (accepted, errors, _) = Validate(files, knownDeadlines, existing, null);
        return (accepted, errors);
    }

    /// <summary>
    /// As <see cref="Validate(IReadOnlyList{KnowledgeFile}, IReadOnlyCollection{string}?, IReadOnlyDictionary{string, KnowledgeEntry}?)"/>,
    /// knowing which law files failed to parse (<paramref name="brokenLaws"/>: slug → file). A citation of a broken law
    /// resolves against its last good version in <paramref name="existing"/>; without one, the citing files are held
    /// back and the broken law file gets one error naming them, instead of each citing file getting a misleading one.
    /// </summary>
    public static (IReadOnlyList<KnowledgeFile> Accepted, IReadOnlyList<KnowledgeError> Errors, IReadOnlyList<string> HeldBack) Validate(
        IReadOnlyList<KnowledgeFile> files, IReadOnlyCollection<string>? knownDeadlines, IReadOnlyDictionary<string, KnowledgeEntry>? existing, IReadOnlyDictionary<string, string>? brokenLaws)
    {
        var errors = new List<KnowledgeError>();
        var byId = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in files.SelectMany(f => f.Entries))
        {
            if (!byId.TryAdd(entry.Id, entry))
            {
                duplicates.Add(entry.Id);
                errors.Add(new KnowledgeError(entry.File, KnowledgeFileParser.LineOf(RawOf(files, entry.File), "id:"), $"duplicate id '{entry.Id}' (also in {byId[entry.Id].File})"));
            }
        }

        bool Resolves(string id) =>
            byId.ContainsKey(id) || (existing is not null && existing.ContainsKey(id) && (brokenLaws is null || brokenLaws.ContainsKey(SlugOf(id))));

        string? BrokenFileOf(string id) =>
            brokenLaws is not null && brokenLaws.TryGetValue(SlugOf(id), out var broken) ? broken : null;

        var dependents = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);

        KnowledgeEntry? Lookup(string id) =>
            byId.TryGetValue(id, out var e) ? e : existing is not null && existing.TryGetValue(id, out var x) ? x : null;

        // The laws by name (行政复议法 → xingzheng-fuyi-fa-2023) for the article references of guides and FAQs.
        var lawsByName = byId.Values.Concat(existing?.Values ?? [])
            .Where(e => e.Kind == EntryKind.Law && e.LawSlug is not null && e.LawTitle is not null)
            .GroupBy(e => e.LawTitle!.Trim('《', '》'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().LawSlug!, StringComparer.Ordinal);

        var rejected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var raw = file.RawText;
            foreach (var entry in file.Entries)
            {
                if (duplicates.Contains(entry.Id))
                {
                    rejected.Add(file.Path);
                }

                foreach (var cite in entry.Cites)
                {
                    if (!Resolves(cite) && BrokenFileOf(cite) is { } brokenFile)
                    {
                        if (!dependents.TryGetValue(brokenFile, out var held))
                        {
                            dependents[brokenFile] = held = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        held.Add(file.Path);
                        rejected.Add(file.Path);
                    }
                    else if (!Resolves(cite))
                    {
                        errors.Add(new KnowledgeError(file.Path, KnowledgeFileParser.LineOf(raw, cite), $"cites '{cite}', which is not in the knowledge base"));
                        rejected.Add(file.Path);
                    }
                }

                foreach (var (cite, quote) in entry.Quotes)
                {
                    var target = Lookup(cite);
                    if (!entry.Cites.Contains(cite))
                    {
                        errors.Add(new KnowledgeError(file.Path, KnowledgeFileParser.LineOf(raw, cite + ":"), $"quote for '{cite}', which the entry does not cite"));
                        rejected.Add(file.Path);
                    }
                    else if (target is not null && !target.Text.Contains(quote, StringComparison.Ordinal))
                    {
                        errors.Add(new KnowledgeError(file.Path, KnowledgeFileParser.LineOf(raw, quote), $"quote for '{cite}' is not verbatim in that article"));
                        rejected.Add(file.Path);
                    }
                }

                foreach (var (line, message) in ArticleReferenceChecker.Check(entry, raw, Lookup, lawsByName))
                {
                    errors.Add(new KnowledgeError(file.Path, line, message));
                    rejected.Add(file.Path);
                }

                if (knownDeadlines is not null)
                {
                    foreach (var deadline in entry.Deadlines.Where(d => !knownDeadlines.Contains(d)))
                    {
                        errors.Add(new KnowledgeError(file.Path, KnowledgeFileParser.LineOf(raw, deadline), $"unknown deadline rule '{deadline}' (see rules/deadlines.yaml)"));
                        rejected.Add(file.Path);
                    }
                }
            }
        }

        foreach (var (brokenFile, held) in dependents)
        {
            var names = string.Join(", ", held.Take(5)) + (held.Count > 5 ? $" and {held.Count - 5} more" : string.Empty);
            errors.Add(new KnowledgeError(brokenFile, 1, $"{held.Count} file(s) citing this law were held back with it until it is fixed: {names}"));
        }

        var heldBack = dependents.Values.SelectMany(h => h).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (files.Where(f => !rejected.Contains(f.Path)).ToList(), errors, heldBack);
    }

    private static string SlugOf(string id)
    {
        var hash = id.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? id : id[..hash];
    }

    private static string RawOf(IReadOnlyList<KnowledgeFile> files, string path) =>
        files.FirstOrDefault(f => f.Path == path)?.RawText ?? string.Empty;
}
