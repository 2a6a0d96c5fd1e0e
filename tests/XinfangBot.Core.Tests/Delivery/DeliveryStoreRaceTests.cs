using Microsoft.Extensions.Options;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Delivery;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Delivery;

/// <summary>
/// The same update received twice at once on a fresh database (Telegram's webhook retries): one receive records it, the
/// other rolls back, and the inbox stays readable. Without the channel's collections created first, the losing
/// transaction could roll back the inbox's creation under LiteDB and a later read failed with "page type must be
/// collection page" (seen once in CI, LiteDB issue 2792). This test could not make the race happen in 50 rounds without
/// the fix either: it checks the behaviour around it, not the race itself.
/// </summary>
public sealed class DeliveryStoreRaceTests
{
    [Fact]
    public async Task Receive_SameUpdateTwiceAtOnceOnAFreshDatabase_RecordedOnceAndInboxReadable()
    {
        for (var round = 0; round < 25; round++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"xfb-race-{Guid.NewGuid():N}.db");
            try
            {
                using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = path }));
                var store = new DeliveryStore(db, new ConversationStore(db, TimeProvider.System), TimeProvider.System);
                store.PrepareChannel("test");

                using var start = new ManualResetEventSlim();
                var receives = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
                {
                    start.Wait();
                    return store.Receive("test", 42, "{}");
                })).ToList();
                start.Set();
                var fresh = await Task.WhenAll(receives);

                Assert.Equal(1, fresh.Count(f => f));
                Assert.Equal(1, store.ReceivedCount("test"));
                Assert.Single(store.Received("test"));
            }
            finally
            {
                foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(path) + "*"))
                {
                    File.Delete(file);
                }
            }
        }
    }
}
