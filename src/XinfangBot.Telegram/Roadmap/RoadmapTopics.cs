using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Telegram.Content;
using XinfangBot.Telegram.Dispatching;
using XinfangBot.Telegram.Rendering;

namespace XinfangBot.Telegram.Roadmap;

/// <summary>
/// The roadmap (路线图): domains from prompts/telegram.zh.yaml, each with its published guides (导引图) or FAQs as
/// buttons; published guides no domain lists go under "other". Built from the current knowledge on every use.
/// </summary>
internal sealed class RoadmapTopics(TelegramTexts texts, KnowledgeService knowledge)
{
    private const int MaxLabel = 22;

    public IReadOnlyList<(string Name, IReadOnlyList<KnowledgeEntry> Topics)> Domains()
    {
        var kb = knowledge.Current;
        var domains = texts.Roadmap
            .Select(d => (d.Domain, Topics: (IReadOnlyList<KnowledgeEntry>)d.Topics.Select(kb.Get).OfType<KnowledgeEntry>().Where(IsTopic).ToList()))
            .Where(d => d.Topics.Count > 0)
            .ToList();
        var listed = texts.Roadmap.SelectMany(d => d.Topics).ToHashSet(StringComparer.Ordinal);
        var other = kb.Documents.Where(e => e.Kind == EntryKind.Guide && !listed.Contains(e.Id)).ToList();
        if (other.Count > 0)
        {
            domains.Add((texts.OtherDomain, other));
        }

        return domains;
    }

    /// <summary>The domain buttons, two a row.</summary>
    public Keyboard? DomainKeyboard() =>
        Keyboard.Of(Domains().Select((d, i) => new Button(d.Name, CallbackRequest.Domain(i).Format())).Chunk(2).Select(r => (IReadOnlyList<Button>)r));

    /// <summary>One domain's title and topic buttons with a way back, or null when the index no longer exists.</summary>
    public (string Html, Keyboard? Keyboard)? Domain(int index)
    {
        var domains = Domains();
        if (index < 0 || index >= domains.Count)
        {
            return null;
        }

        var (name, topics) = domains[index];
        var rows = topics.Select(t => (IReadOnlyList<Button>)[new Button(Label(t.Title), CallbackRequest.ForTopic(t.Id).Format())]).ToList();
        rows.Add([new Button(texts.Buttons.Back, CallbackRequest.Roadmap().Format())]);
        return (Html.Bold(OfflineComposer.Fill(texts.DomainTitle, ("domain", name))), Keyboard.Of(rows));
    }

    /// <summary>A published guide or FAQ the roadmap may open.</summary>
    public KnowledgeEntry? Topic(string id) => knowledge.Current.Get(id) is { } entry && IsTopic(entry) ? entry : null;

    /// <summary>A button label: the title up to its first bracket or colon, at most 22 characters.</summary>
    public static string Label(string title)
    {
        var cut = title.IndexOfAny(['（', '(', '：']);
        var label = cut > 4 ? title[..cut] : title;
        return label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)] + "…";
    }

    private static bool IsTopic(KnowledgeEntry entry) => entry.IsPublished && entry.Kind is EntryKind.Guide or EntryKind.Faq;
}
