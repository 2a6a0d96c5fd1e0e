using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Web.Tests.Support;

namespace XinfangBot.Web.Tests.Pages;

/// <summary>/healthz while a fresh start is still loading the knowledge: 503, not ready, and the endpoint does not load it; ready and 200 once the loader is done.</summary>
[Trait("Category", "Slow")]
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_BeforeAndAfterTheKnowledgeLoads_NotReadyThenReady()
    {
        await using var host = await ConsoleHost.StartAsync(services: services =>
        {
            // Its own knowledge, not loaded yet, and no background loader: the test decides when loading starts.
            services.AddSingleton(sp => new KnowledgeService(
                sp.GetRequiredService<KnowledgeStore>(),
                sp.GetRequiredService<IKnowledgeRules>(),
                sp.GetRequiredService<IOptions<KnowledgeOptions>>(),
                sp.GetRequiredService<ILogger<KnowledgeService>>(),
                sp.GetRequiredService<IOptions<StorageOptions>>()));
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(KnowledgeLoader)));
        });
        using var client = new ConsoleClient(host.BaseAddress);

        using var before = await client.GetAsync("/healthz");
        var json = await before.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Contains("\"knowledge\":{\"ready\":false,\"loaded\":false,\"entries\":0}", json, StringComparison.Ordinal);
        Assert.Equal(-1, host.Services.GetRequiredService<KnowledgeService>().Version);

        using var loader = ActivatorUtilities.CreateInstance<KnowledgeLoader>(host.Services);
        await loader.StartAsync(CancellationToken.None);
        await host.Services.GetRequiredService<KnowledgeReadiness>().WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        using var after = await client.GetAsync("/healthz");
        json = await after.Content.ReadAsStringAsync();

        Assert.Contains("\"knowledge\":{\"ready\":true,\"loaded\":true,", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        await loader.StopAsync(CancellationToken.None);
    }
}
