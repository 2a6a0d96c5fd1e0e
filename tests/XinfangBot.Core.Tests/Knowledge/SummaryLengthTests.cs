using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Knowledge;

/// <summary>
/// A guide's or FAQ's summary is the answer's conclusion, which the phone layout shows in at most two lines: every
/// summary in the shipped knowledge stays within <see cref="MaxChars"/> characters.
/// </summary>
public sealed class SummaryLengthTests
{
    private const int MaxChars = 80;

    [Fact]
    public void Summaries_ShippedKnowledge_AtMostEightyCharacters()
    {
        var rules = new RuleBook(TestPaths.Rules, TestPaths.Prompts);
        var entries = KnowledgeFolderReader.Read(TestPaths.Knowledge, rules.Deadlines.Ids).Entries
            .Where(e => e.Kind is EntryKind.Guide or EntryKind.Faq)
            .ToList();

        Assert.NotEmpty(entries);
        var tooLong = entries.Where(e => (e.Summary ?? string.Empty).Length > MaxChars)
            .Select(e => $"{e.Id}: {e.Summary!.Length}")
            .ToList();
        Assert.True(tooLong.Count == 0, "summaries over " + MaxChars + " characters: " + string.Join(", ", tooLong));
    }
}
