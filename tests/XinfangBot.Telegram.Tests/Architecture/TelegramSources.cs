using System.Runtime.CompilerServices;

namespace XinfangBot.Telegram.Tests.Architecture;

/// <summary>The C# source files of the Telegram project (without bin/ and obj/), for the architecture checks.</summary>
internal static class TelegramSources
{
    public static IReadOnlyList<string> Files()
    {
        var folder = Path.GetFullPath(Path.Combine(SourceDirectory(), "../../../src/XinfangBot.Telegram"));
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 20, $"only {files.Count} source files found under {folder}");
        return files;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
