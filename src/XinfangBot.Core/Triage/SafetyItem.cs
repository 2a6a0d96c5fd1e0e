namespace XinfangBot.Core.Triage;

/// <summary>One labelled message of the safety corpus (<c>{"id", "text", "label": "crisis|threat|none", "category"}</c>).</summary>
public sealed record SafetyItem(string Id, string Text, SafetyLabel Label, string Category);
