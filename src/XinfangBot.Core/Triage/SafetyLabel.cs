namespace XinfangBot.Core.Triage;

/// <summary>The label of a safety corpus item: risk to the writer's own life, violence against others, or neither.</summary>
public enum SafetyLabel
{
    None = 0,
    Crisis,
    Threat,
}
