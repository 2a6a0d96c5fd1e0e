namespace XinfangBot.Core.Triage;

/// <summary>What triage found a message to be, before any retrieval. Ordered by priority (highest first).</summary>
public enum TriageKind
{
    None = 0,
    Crisis,
    Threat,
    HumanRequest,
    Injection,
    OutOfScope,
    Help,
    Greeting,
    Thanks,
}
