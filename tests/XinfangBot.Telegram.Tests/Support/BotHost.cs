using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using XinfangBot.Core;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>
/// The Telegram channel in a Generic Host, wired as the program wires it (AddXinfangCore + AddXinfangTelegram), against
/// a <see cref="FakeBotApi"/>, with its own temporary LiteDB file and captured logs.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly bool _ownsDatabase;
    private bool _stopped;

    private BotHost(IHost host, string databasePath, CapturedLogs logs, bool ownsDatabase)
    {
        Host = host;
        DatabasePath = databasePath;
        Logs = logs;
        _ownsDatabase = ownsDatabase;
    }

    public IHost Host { get; }

    public string DatabasePath { get; }

    public CapturedLogs Logs { get; }

    public ConversationStore Store => Host.Services.GetRequiredService<ConversationStore>();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"xfb-tg-{Guid.NewGuid():N}.db");

    public static async Task<BotHost> StartAsync(FakeBotApi api, IDictionary<string, string?>? settings = null, string? databasePath = null, Action<IServiceCollection>? services = null)
    {
        var host = Build(api, settings, databasePath ?? NewDatabasePath(), out var logs, out var path, services);
        await host.StartAsync();
        return new BotHost(host, path, logs, ownsDatabase: databasePath is null);
    }

    public static IHost Build(FakeBotApi? api, IDictionary<string, string?>? settings, string databasePath, out CapturedLogs logs, out string path, Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:BaseUrl"] = api?.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:ShutdownGraceSeconds"] = "5",
            ["Storage:DatabasePath"] = databasePath,
            ["Knowledge:Path"] = SharedKnowledge.KnowledgePath,
            ["Knowledge:PromptsPath"] = SharedKnowledge.PromptsPath,

            // Offline answers. (Binding LlmOptions with no Llm:Endpoint key at all throws in its EndpointUri getter.)
            ["Llm:Endpoint"] = string.Empty,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(values);
        logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddXinfangCore();
        SharedKnowledge.Register(builder.Services);
        builder.Services.AddXinfangTelegram(builder.Configuration);
        services?.Invoke(builder.Services);
        path = databasePath;
        return builder.Build();
    }

    /// <summary>Stops the host (graceful shutdown) and releases the LiteDB file.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await Host.StopAsync();
        Host.Dispose();
    }

    /// <summary>Stops the host; deletes its database unless the test supplied the path (to restart on it).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Deletes a LiteDB file with its log file.</summary>
    public static void DeleteDatabase(string path)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Reads a stopped host's database (conversations, messages, feedback, escalations).</summary>
    public static T Inspect<T>(string databasePath, Func<ConversationStore, T> read)
    {
        using var db = new LiteDbProvider(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = databasePath }));
        return read(new ConversationStore(db, TimeProvider.System));
    }
}
