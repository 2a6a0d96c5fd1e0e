using LiteDB;
using XinfangBot.Core.Storage;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Storage;

public sealed class DatabaseBackupTests
{
    [Fact]
    public async Task Copy_WhileAnotherConnectionWrites_CopyIsConsistentAndPrivate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xinfangbot-tests", "backup-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "bot.db");
        var connection = new ConnectionString { Filename = DatabaseFile.Prepare(path), Connection = ConnectionType.Shared };
        try
        {
            using (var bot = new LiteDatabase(connection))
            {
                var messages = bot.GetCollection("messages");
                messages.EnsureIndex("conversation");
                for (var i = 0; i < 200; i++)
                {
                    messages.Insert(new BsonDocument { ["conversation"] = i % 10, ["text"] = "问题 " + i });
                }
            }

            // The bot keeps writing pairs (question + answer in one transaction) while the backup runs.
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(() =>
            {
                using var bot = new LiteDatabase(connection);
                var messages = bot.GetCollection("messages");
                var n = 0;
                while (!stop.IsCancellationRequested)
                {
                    bot.BeginTrans();
                    messages.Insert(new BsonDocument { ["conversation"] = n, ["text"] = "问" });
                    messages.Insert(new BsonDocument { ["conversation"] = n, ["text"] = "答" });
                    bot.Commit();
                    n++;
                }

                return n;
            });
            await Task.Delay(100);

            DatabaseBackup.Report report;
            using (var source = new LiteDatabase(connection))
            {
                report = DatabaseBackup.Copy(source, Path.Combine(folder, "copy.db"));
            }

            await stop.CancelAsync();
            var pairs = await writer;

            Assert.True(pairs > 0);
            using var copy = new LiteDatabase(new ConnectionString { Filename = report.Path, ReadOnly = true });
            var all = copy.GetCollection("messages").FindAll().ToList();
            Assert.Equal(report.Documents, all.Count);
            Assert.True(all.Count >= 200);
            Assert.Equal(0, (all.Count - 200) % 2);
            Assert.Equal(1, report.Indexes);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report.Path));
            }

            Assert.Throws<IOException>(() => DatabaseBackup.Copy(copy, report.Path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
