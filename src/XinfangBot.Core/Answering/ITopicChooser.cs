using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Answering;

/// <summary>
/// The understanding step for messages the offline engine could not place or placed with little confidence: chooses one
/// catalogue topic or none (a language model: <c>Llm.TopicChooser</c>). Owned here so that answering does not depend on
/// the model.
/// </summary>
public interface ITopicChooser
{
    bool IsEnabled { get; }

    /// <summary>Offline answers below this confidence are offered to the chooser.</summary>
    double Below { get; }

    Task<KnowledgeEntry?> ChooseAsync(string message, KnowledgeBase kb, IReadOnlyDictionary<string, string> channelNames, CancellationToken cancellationToken);
}
