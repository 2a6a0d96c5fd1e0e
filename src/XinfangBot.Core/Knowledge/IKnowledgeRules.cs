using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// What the knowledge layer reads from <c>knowledge/rules/</c>: the vocabulary and stop words the search index segments
/// with, and the deadline rules whose ids guides and FAQs may name. Owned here so that knowledge does not depend on the
/// rule book, which also holds the rules of understanding and answering (implemented by <c>Answering.RuleBook</c>).
/// </summary>
public interface IKnowledgeRules
{
    Vocabulary Vocabulary { get; }

    IReadOnlySet<string> StopWords { get; }

    DeadlineRuleSet Deadlines { get; }
}
