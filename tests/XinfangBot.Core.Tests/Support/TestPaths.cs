namespace XinfangBot.Core.Tests.Support;

/// <summary>Where the shipped knowledge is (copied beside the tests) and where ../shared is, when it exists.</summary>
internal static class TestPaths
{
    public static string Knowledge => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static string Prompts => Path.Combine(AppContext.BaseDirectory, "prompts");

    public static string Rules => Path.Combine(Knowledge, "rules");

    /// <summary>Knowledge options pointing at the shipped knowledge and prompts.</summary>
    public static Microsoft.Extensions.Options.IOptions<XinfangBot.Core.Knowledge.KnowledgeOptions> KnowledgeOptions =>
        Microsoft.Extensions.Options.Options.Create(new XinfangBot.Core.Knowledge.KnowledgeOptions { Path = Knowledge, PromptsPath = Prompts });

    /// <summary>The repository root (the folder holding XinfangBot.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XinfangBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("XinfangBot.sln not found above the test folder");
        }
    }

    /// <summary>../shared beside the repository (present on developer machines and in CI, absent elsewhere).</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(candidate, "sources", "laws")) ? candidate : null;
        }
    }

    public static string TempDatabase() => Path.Combine(Path.GetTempPath(), "xinfangbot-tests", $"{Guid.NewGuid():N}.db");
}
