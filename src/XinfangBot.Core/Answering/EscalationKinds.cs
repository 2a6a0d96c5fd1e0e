namespace XinfangBot.Core.Answering;

/// <summary>The escalation kinds of CONTRACTS §3.</summary>
public static class EscalationKinds
{
    public const string Crisis = "crisis";
    public const string Threat = "threat";
    public const string HumanRequest = "human-request";
    public const string Unresolved = "unresolved";
}
