namespace XinfangBot.Telegram.Tests.Architecture;

/// <summary>The Telegram adapter keeps no database code: its ledger, offset, outbox and announcements live behind Core.</summary>
public sealed class StorageBoundaryTests
{
    [Fact]
    public void TelegramProject_SourceFiles_NoneUsesLiteDb()
    {
        var files = TelegramSources.Files();
        var offenders = files.Where(f => File.ReadLines(f).Any(l => l.TrimStart().StartsWith("using LiteDB", StringComparison.Ordinal))).ToList();
        Assert.Empty(offenders);
    }
}
