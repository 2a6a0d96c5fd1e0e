namespace XinfangBot.Core.Knowledge;

/// <summary>
/// A guide's or FAQ's note on which of its cited articles govern one step or part of its matter (临时救助 rather than 低保,
/// 不服认定 rather than 申请认定): when the message holds one of <see cref="When"/>, <see cref="Cites"/> lead the answer's
/// citations in this order. Front matter <c>leads: [{when: [...], cites: [...]}]</c>; every cite is one the entry cites.
/// </summary>
public sealed record CiteLead(IReadOnlyList<string> When, IReadOnlyList<string> Cites);
