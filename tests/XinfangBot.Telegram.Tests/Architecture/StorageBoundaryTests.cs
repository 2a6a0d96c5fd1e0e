using System.Runtime.CompilerServices;

namespace XinfangBot.Telegram.Tests.Architecture;

/// <summary>The Telegram adapter keeps no database code: its ledger, offset, outbox and announcements live behind Core.</summary>
public sealed class StorageBoundaryTests
{
    [Fact]
    public void TelegramProject_SourceFiles_NoneUsesLiteDb()
    {
        var folder = Path.GetFullPath(Path.Combine(SourceDirectory(), "../../../src/XinfangBot.Telegram"));
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.True(files.Count > 20, $"only {files.Count} source files found under {folder}");
        var offenders = files.Where(f => File.ReadLines(f).Any(l => l.TrimStart().StartsWith("using LiteDB", StringComparison.Ordinal))).ToList();
        Assert.Empty(offenders);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
