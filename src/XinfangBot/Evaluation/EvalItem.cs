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
    string? Topic);
