namespace XinfangBot.Core.Tests.Support;

/// <summary>A fact that compares against ../shared; where ../shared is absent it is skipped with a message saying so.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (TestPaths.Shared is null)
        {
            Skip = "../shared/sources/laws is not present on this machine; this comparison runs where it is (developer machines and CI).";
        }
    }
}
