using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;
using XinfangBot.Telegram.Tests.Support;

namespace XinfangBot.Telegram.Tests.Channel;

/// <summary>
/// A fresh start polls at once while the knowledge loads in the background: a citizen who writes meanwhile is told to
/// wait (prompts: <c>preparing</c>), nothing is answered or recorded without the knowledge, and the real answer to that
/// same message follows by itself once the first snapshot is in use. (Polling waits Telegram:ReadyWaitSeconds for the
/// knowledge first, so a routine restart shows no notice; 0 here.)
/// </summary>
[Trait("Category", "Slow")]
public sealed class KnowledgeReadinessTests
{
    private const long Chat = 4401;

    [Fact]
    public async Task Question_BeforeKnowledgeReady_NoticeThenTheRealAnswerToTheSameMessage()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:ReadyWaitSeconds"] = "0" }, services: services =>
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
        var readiness = bot.Host.Services.GetRequiredService<KnowledgeReadiness>();

        var (_, questionId) = api.SendText(Chat, "公司拖欠我三个月工资，我该去哪里反映？");
        var notice = await api.WaitForSentAsync(Chat, 1, TimeSpan.FromSeconds(30));
        var (_, secondId) = api.SendText(Chat, "还有，老板不给我签劳动合同");

        Assert.Contains("正在准备", notice.Text, StringComparison.Ordinal);
        Assert.Contains("110", notice.Text, StringComparison.Ordinal);
        Assert.Equal(questionId, notice.ReplyTo);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(readiness.IsReady);
        Assert.Single(api.Sent(Chat)); // one notice per chat, however many messages wait
        Assert.Empty(bot.Store.Recent($"telegram:{Chat}", 10));

        using var loader = ActivatorUtilities.CreateInstance<KnowledgeLoader>(bot.Host.Services);
        await loader.StartAsync(CancellationToken.None);
        var answer = await api.WaitForSentAsync(Chat, 2, TimeSpan.FromSeconds(120));
        var second = await api.WaitForSentAsync(Chat, 3, TimeSpan.FromSeconds(30));

        Assert.True(readiness.IsReady);
        Assert.Equal(questionId, answer.ReplyTo);
        Assert.Contains("劳动", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("正在准备", answer.Text, StringComparison.Ordinal);
        Assert.Equal(secondId, second.ReplyTo);
        await api.WaitUntilAsync(_ => bot.Store.Recent($"telegram:{Chat}", 10) is [{ Direction: MessageDirection.In }, { Direction: MessageDirection.Out, Delivered: true }, { Direction: MessageDirection.In }, { Direction: MessageDirection.Out, Delivered: true }], TimeSpan.FromSeconds(10), "both questions and their delivered answers recorded");
        Assert.Equal(3, api.Sent(Chat).Count);
        await loader.StopAsync(CancellationToken.None);
    }
}
