using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace XinfangBot.Web;

/// <summary>
/// Runs the console's Kestrel server inside the bot's host, sharing the one LiteDB database and the case service (LiteDB
/// is single-process). A port already in use is logged and the bot keeps running without the console.
/// </summary>
public sealed partial class ConsoleServer(IServiceProvider root, IOptions<WebOptions> options, ILogger<ConsoleServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses Kestrel listens on once started (e.g. the port chosen for <c>http://127.0.0.1:0</c>).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var app = ConsoleApp.Build(root, options.Value);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            LogStartFailed(logger, options.Value.Urls, ex.Message);
            await app.DisposeAsync();
            return;
        }

        _app = app;
        Addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        LogStarted(logger, string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff console listening on {Urls}")]
    private static partial void LogStarted(ILogger logger, string urls);

    [LoggerMessage(Level = LogLevel.Error, Message = "Staff console could not listen on {Urls} ({Error}); the bot runs without it (set Web:Urls)")]
    private static partial void LogStartFailed(ILogger logger, string urls, string error);
}
