using System.Runtime.Serialization;

namespace XinfangBot.Core.Conversations;

/// <summary>Whether a recorded message came in from the citizen or went out to them.</summary>
public enum MessageDirection
{
    [EnumMember(Value = "in")]
    In,

    [EnumMember(Value = "out")]
    Out,
}
