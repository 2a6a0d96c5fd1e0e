using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Llm;

/// <summary>
/// The understanding step for a message the offline engine is unsure about: the configured LLM (Semantic Kernel, the
/// OpenAI connector) is shown the catalogue of guide and FAQ ids with their titles and channels and the masked message,
/// and may only answer one of those ids or none (prompt in prompts/understand.zh.yaml). An id that is not in the
/// catalogue is rejected; a failure or a timeout (<c>Llm:UnderstandTimeoutSeconds</c>) returns null, so the offline
/// result stands.
/// </summary>
internal sealed partial class TopicChooser : ITopicChooser
{
    public const string PromptFile = "understand.zh.yaml";

    private readonly LlmOptions _options;
    private readonly ILogger<TopicChooser> _logger;
    private readonly Lazy<LlmPrompt> _prompt;
    private readonly Lazy<IChatCompletionService?> _chat;

    public TopicChooser(IOptions<LlmOptions> options, IOptions<KnowledgeOptions> knowledge, ILogger<TopicChooser> logger, IChatCompletionService? chat = null)
    {
        _options = options.Value;
        _logger = logger;
        _prompt = new Lazy<LlmPrompt>(() => LlmPrompt.Load(Path.Combine(knowledge.Value.ResolvedPromptsPath, PromptFile), "{message}"));
        _chat = new Lazy<IChatCompletionService?>(() => chat ?? (_options.IsConfigured ? LlmPhraser.CreateChat(_options) : null));
    }

    public bool IsEnabled => _chat.Value is not null;

    /// <summary>Offline answers less confident than this (and every "unsure" reply) get the model's choice.</summary>
    public double Below => _options.UnderstandBelowConfidence;

    /// <summary>The guide or FAQ the model chose for the message, or null (none, unknown id, failure, timeout).</summary>
    public async Task<KnowledgeEntry?> ChooseAsync(string message, KnowledgeBase kb, IReadOnlyDictionary<string, string> channelNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var chat = _chat.Value;
        if (chat is null)
        {
            return null;
        }

        var prompt = _prompt.Value;
        var catalogue = string.Join('\n', kb.Documents.Select(d =>
            $"{d.Id}｜{d.Title}｜{string.Join('、', d.Channels.Take(2).Select(c => channelNames.GetValueOrDefault(c, c)))}"));
        var history = new ChatHistory(prompt.System);
        history.AddUserMessage(prompt.User
            .Replace("{catalogue}", catalogue, StringComparison.Ordinal)
            .Replace("{message}", PiiMasker.Mask(message), StringComparison.Ordinal));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = 32 };
        string reply;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.UnderstandTimeoutSeconds));
            var content = await chat.GetChatMessageContentAsync(history, settings, cancellationToken: timeout.Token).ConfigureAwait(false);
            reply = (content.Content ?? string.Empty).Trim();
        }
        catch (Exception ex) when (ex is HttpOperationException or OperationCanceledException or HttpRequestException or KernelException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            // Never the exception's message: it carries the upstream response body.
            LogFailed(_logger, ex.GetType().Name);
            return null;
        }

        var ids = Id().Matches(reply).Select(m => m.Value.TrimEnd('.', '-')).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            LogChose(_logger, "none");
            return null;
        }

        // Exactly one id, and one of the catalogue's: anything else is rejected and the offline result stands.
        var entry = ids.Count == 1 ? kb.Documents.FirstOrDefault(d => d.Id == ids[0]) : null;
        if (entry is null)
        {
            LogRejected(_logger, ids.Count, ids.Count == 1 && ids[0].Length <= 80 ? ids[0] : "(several)");
            return null;
        }

        LogChose(_logger, entry.Id);
        return entry;
    }

    [GeneratedRegex("(?:guide|faq)/[a-z0-9][a-z0-9.-]*")]
    private static partial Regex Id();

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM understanding chose {Topic}")]
    private static partial void LogChose(ILogger logger, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM understanding rejected: {Count} id(s), not in the catalogue: {Id}; the offline result stands")]
    private static partial void LogRejected(ILogger logger, int count, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM understanding failed ({Error}); the offline result stands")]
    private static partial void LogFailed(ILogger logger, string error);
}
