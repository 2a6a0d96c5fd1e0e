namespace XinfangBot.Core.Knowledge;

/// <summary>
/// A guide's step that serves one situation of its matter only (a boundary of 宅基地 in a neighbours' guide, a prepaid
/// card in the consumers' one): the answer shows step <see cref="Step"/> (1-based, in the steps section) only when the
/// message holds one of <see cref="When"/>, so a leaking ceiling is not told how land boundaries are settled. Front
/// matter <c>situations: [{step: 4, when: [...]}]</c>; the words are written like keywords (parts with <c>…</c>).
/// </summary>
public sealed record StepCondition(int Step, IReadOnlyList<string> When);
