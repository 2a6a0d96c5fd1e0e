namespace XinfangBot.Core.Understanding;

/// <summary>What a question asks about a topic: its time limits, materials, where to go, or the topic in general.</summary>
[Flags]
public enum Aspect
{
    None = 0,
    Time = 1,
    Materials = 2,
    Where = 4,
}
