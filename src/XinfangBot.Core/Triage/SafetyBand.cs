namespace XinfangBot.Core.Triage;

/// <summary>How sure the offline triage is: nothing found, an uncertain middle (the LLM may be asked), or an alarm.</summary>
public enum SafetyBand
{
    Clear = 0,
    Uncertain,
    Alarm,
}
