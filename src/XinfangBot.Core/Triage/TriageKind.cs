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

    /// <summary>
    /// Thanks or a goodbye that closes the conversation (谢谢你, 好的，再见). Last so that the numbers of the kinds above
    /// stay as stored; a message made only of such clauses gets the short closing reply whatever the earlier turns were.
    /// </summary>
    Closing,
}
