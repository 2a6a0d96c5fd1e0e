using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace XinfangBot.Core.Tests.Support;

/// <summary>A local OpenAI-compatible <c>/v1/chat/completions</c> on 127.0.0.1 that answers what a test sets and records requests.</summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>What the endpoint says when it fails: like real providers, it echoes a key; it must never be logged.</summary>
    public const string ErrorBody = "Incorrect API key provided: sk-live-Zx81TESTkey. Your request: 我的手机";

    public ConcurrentQueue<JsonElement> Requests { get; } = new();

    public string Reply { get; set; } = "好的。";

    public int Status { get; set; } = 200;

    /// <summary>How long the endpoint waits before it answers (a slow model), zero by default.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>LLM options that point at this endpoint (model "fake-model", key "test-key"), adjusted by <paramref name="configure"/>.</summary>
    public Microsoft.Extensions.Options.IOptions<XinfangBot.Core.Llm.LlmOptions> Options(Action<XinfangBot.Core.Llm.LlmOptions>? configure = null)
    {
        var options = new XinfangBot.Core.Llm.LlmOptions { Endpoint = BaseUrl, Model = "fake-model", ApiKey = "test-key" };
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var body = await JsonDocument.ParseAsync(context.Request.Body);
            server.Requests.Enqueue(body.RootElement.Clone());
            if (server.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(server.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.Empty;
                }
            }

            if (server.Status != 200)
            {
                return Results.Json(new { error = new { message = ErrorBody, type = "server_error" } }, statusCode: server.Status);
            }

            return Results.Json(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "fake-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = server.Reply }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
