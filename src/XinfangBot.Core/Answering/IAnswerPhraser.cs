using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Answering;

/// <summary>
/// The phrasing step: rewrites an offline answer in plainer words (a language model: <c>Llm.LlmPhraser</c>). Null, or a
/// phrasing that fails the checks, keeps the offline answer. Owned here so that answering does not depend on the model.
/// </summary>
public interface IAnswerPhraser
{
    bool IsEnabled { get; }

    Task<Answer?> PhraseAsync(Question question, Answer offline, KnowledgeBase kb, CancellationToken cancellationToken);
}
