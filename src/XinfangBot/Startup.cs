using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinfangBot.Commands;
using XinfangBot.Core;
using XinfangBot.Core.Knowledge;
using XinfangBot.Evaluation;
using XinfangBot.Telegram;
using XinfangBot.Terminal;
using XinfangBot.Web;

namespace XinfangBot;

/// <summary>Builds the Generic Host for a verb and runs it; configuration errors stop start-up naming the key.</summary>
internal static class Startup
{
    public static async Task<int> RunAsync(CommandLine commandLine)
    {
        if (VerbArguments.Check(commandLine.Verb, commandLine.VerbArgs) is { } usage)
        {
            await Console.Error.WriteLineAsync($"用法错误 (usage error): {usage.Problem}\n用法:\n  {usage.Usage.Replace("\n", "\n  ", StringComparison.Ordinal)}");
            return 2;
        }

        try
        {
            using var host = Build(commandLine);
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };

            return commandLine.Verb switch
            {
                "run" => await host.Services.GetRequiredService<RunCommand>().RunAsync(host, commandLine.VerbArgs, cancel.Token),
                "chat" => await RunVerbAsync<ChatCommand>(host, commandLine, cancel.Token),
                "ask" => await RunVerbAsync<AskCommand>(host, commandLine, cancel.Token),
                "answer" => await RunVerbAsync<AnswerCommand>(host, commandLine, cancel.Token),
                "eval" => await RunVerbAsync<EvalCommand>(host, commandLine, cancel.Token),
                "kb" => await RunVerbAsync<KbCommand>(host, commandLine, cancel.Token),
                "stats" => await RunVerbAsync<StatsCommand>(host, commandLine, cancel.Token),
                "bench" => await RunVerbAsync<BenchCommand>(host, commandLine, cancel.Token),
                "users" => await RunVerbAsync<UsersCommand>(host, commandLine, cancel.Token),
                "cases" => await RunVerbAsync<CasesCommand>(host, commandLine, cancel.Token),
                "backup" => await RunVerbAsync<BackupCommand>(host, commandLine, cancel.Token),
                _ => await new HelpCommand().RunAsync(commandLine.VerbArgs, cancel.Token),
            };
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("配置错误 (configuration error): " + string.Join("; ", ex.Failures.Select(f => StartupErrors.WithSection(f, ex.OptionsType))));
            return 3;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync("启动失败 (start-up failed): " + ex.Message);
            return 3;
        }
        catch (Exception ex) when (StartupErrors.ConfigurationMessage(ex) is { } message)
        {
            await Console.Error.WriteLineAsync("配置错误 (configuration error): " + message);
            return 3;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No stack trace on the console: the type and message say what failed; the cause is never the citizen's text.
            await Console.Error.WriteLineAsync($"失败 (failed): {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    public static IHost Build(CommandLine commandLine)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. commandLine.ConfigArgs],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (commandLine.Verb != "run" || builder.Configuration["Telegram:BotToken"] is null or "")
        {
            // Verbs print their results on stdout; only warnings and errors go to stderr.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:Microsoft", "Warning")]);
        }

        if (commandLine.Verb == "chat" || (commandLine.Verb == "run" && builder.Configuration["Telegram:BotToken"] is null or ""))
        {
            // A terminal chat is the citizen's screen: the escalation warning meant for staff (the case is stored) is not
            // printed into it.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:XinfangBot.Core.Conversations", "Error")]);
        }

        builder.Services.AddXinfangCore();
        builder.Services.AddXinfangTelegram(builder.Configuration);
        builder.Services.AddXinfangWeb(builder.Configuration);
        builder.Services.AddSingleton<RunCommand>();
        builder.Services.AddSingleton(sp => TerminalTexts.Load(Path.Combine(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvedPromptsPath, TerminalTexts.FileName)));
        builder.Services.AddTransient<ChatCommand>();
        builder.Services.AddTransient<AskCommand>();
        builder.Services.AddTransient<AnswerCommand>();
        builder.Services.AddTransient<EvalCommand>();
        builder.Services.AddTransient<EvalRunner>();
        builder.Services.AddTransient<SafetyEvalRunner>();
        builder.Services.AddTransient<KbCommand>();
        builder.Services.AddTransient<StatsCommand>();
        builder.Services.AddTransient<BenchCommand>();
        builder.Services.AddTransient<UsersCommand>();
        builder.Services.AddTransient<CasesCommand>();
        builder.Services.AddTransient<BackupCommand>();
        return builder.Build();
    }

    /// <summary>Validates options (ValidateOnStart) the way the host would, then runs the verb.</summary>
    private static async Task<int> RunVerbAsync<T>(IHost host, CommandLine commandLine, CancellationToken cancellationToken)
        where T : ICommand
    {
        await host.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellationToken);
        return await host.Services.GetRequiredService<T>().RunAsync(commandLine.VerbArgs, cancellationToken);
    }
}
