using XinfangBot.Core.Answering;

namespace XinfangBot.Evaluation;

/// <summary>One labelled question of an evaluation set (CONTRACTS §5).</summary>
internal sealed record EvalItem(
    string Id,
    Question Question,
    IReadOnlyList<string> CitationsAny,
    IReadOnlyList<string> ChannelsAny,
    string? Escalation,
    bool OutOfScope,
    IReadOnlyList<string> ReplyContainsAll,
    string? Topic)
{
    /// <summary>The kind of matter (the set's <c>category</c>, else its <c>topic</c>), for figures by category.</summary>
    public string? Category { get; init; }

    /// <summary>The form of the message (<c>shape</c>: short, long-liuyan, dialect-typo, multi, followup …).</summary>
    public string? Shape { get; init; }
}
