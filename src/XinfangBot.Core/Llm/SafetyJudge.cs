using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Llm;

/// <summary>
/// The third opinion on a message the offline safety triage left uncertain: the configured LLM (Semantic Kernel, the
/// OpenAI connector) answers crisis, threat or none (prompt in prompts/safety.zh.yaml). It is asked only for the
/// uncertain band, can only raise a risk, and any failure or a timeout (<c>Llm:SafetyTimeoutSeconds</c>) returns null —
/// the offline result stands.
/// </summary>
internal sealed partial class SafetyJudge : ISafetyJudge
{
    private readonly LlmOptions _options;
    private readonly ILogger<SafetyJudge> _logger;
    private readonly Lazy<LlmPrompt> _prompt;
    private readonly Lazy<IChatCompletionService?> _chat;

    public SafetyJudge(IOptions<LlmOptions> options, IOptions<KnowledgeOptions> knowledge, ILogger<SafetyJudge> logger, IChatCompletionService? chat = null)
    {
        _options = options.Value;
        _logger = logger;
        _prompt = new Lazy<LlmPrompt>(() => LlmPrompt.Load(Path.Combine(knowledge.Value.ResolvedPromptsPath, "safety.zh.yaml"), "{message}"));
        _chat = new Lazy<IChatCompletionService?>(() => chat ?? (_options.IsConfigured ? LlmPhraser.CreateChat(_options) : null));
    }

    public bool IsEnabled => _chat.Value is not null;

    /// <summary>The model's label for the message, or null when it cannot be had in time.</summary>
    public async Task<SafetyLabel?> JudgeAsync(string message, CancellationToken cancellationToken)
    {
        var chat = _chat.Value;
        if (chat is null)
        {
            return null;
        }

        var prompt = _prompt.Value;
        var history = new ChatHistory(prompt.System);
        // Like every LLM call, only the masked text leaves the machine.
        history.AddUserMessage(prompt.User.Replace("{message}", Conversations.PiiMasker.Mask(message), StringComparison.Ordinal));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = 16 };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.SafetyTimeoutSeconds));
            var reply = await chat.GetChatMessageContentAsync(history, settings, cancellationToken: timeout.Token).ConfigureAwait(false);
            var text = (reply.Content ?? string.Empty).Trim().ToLowerInvariant();
            SafetyLabel? label = text.Contains("crisis", StringComparison.Ordinal) ? SafetyLabel.Crisis
                : text.Contains("threat", StringComparison.Ordinal) ? SafetyLabel.Threat
                : text.Contains("none", StringComparison.Ordinal) ? SafetyLabel.None
                : null;
            LogJudged(_logger, label?.ToString() ?? "unreadable");
            return label;
        }
        catch (Exception ex) when (ex is HttpOperationException or OperationCanceledException or HttpRequestException or KernelException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            LogFailed(_logger, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM safety opinion on an uncertain message: {Label}")]
    private static partial void LogJudged(ILogger logger, string label);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM safety opinion failed ({Error}); the offline triage stands")]
    private static partial void LogFailed(ILogger logger, string error);
}
