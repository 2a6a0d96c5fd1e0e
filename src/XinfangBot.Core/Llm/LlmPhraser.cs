using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;

namespace XinfangBot.Core.Llm;

/// <summary>
/// Phrases a validated offline answer through Semantic Kernel's OpenAI connector. The model sees only the facts of that
/// answer; its text replaces the conclusion and steps only when <see cref="LlmOutputCheck"/> finds nothing wrong, and the
/// verbatim basis and the disclaimer are always the engine's own. Any failure returns null (the offline answer stands).
/// </summary>
internal sealed partial class LlmPhraser : IAnswerPhraser
{
    private readonly LlmOptions _options;
    private readonly ILogger<LlmPhraser> _logger;
    private readonly Lazy<LlmPrompt> _prompt;
    private readonly Lazy<IChatCompletionService?> _chat;

    public LlmPhraser(IOptions<LlmOptions> options, IOptions<KnowledgeOptions> knowledge, ILogger<LlmPhraser> logger, IChatCompletionService? chat = null)
    {
        _options = options.Value;
        _logger = logger;
        _prompt = new Lazy<LlmPrompt>(() => LlmPrompt.Load(Path.Combine(knowledge.Value.ResolvedPromptsPath, "llm.zh.yaml")));
        _chat = new Lazy<IChatCompletionService?>(() => chat ?? (_options.IsConfigured ? CreateChat(_options) : null));
    }

    public bool IsEnabled => _chat.Value is not null;

    public async Task<Answer?> PhraseAsync(Question question, Answer offline, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        var chat = _chat.Value;
        if (chat is null || offline.Mode != AnswerMode.Answer)
        {
            return null;
        }

        var prompt = _prompt.Value;
        var facts = string.Join('\n', offline.Sections
            .Where(s => s.Kind is SectionKind.Conclusion or SectionKind.Steps or SectionKind.Deadline or SectionKind.Reminder or SectionKind.Also)
            .SelectMany(s => s.Lines));
        var articles = string.Join('、', offline.Citations.Select(kb.Get).OfType<KnowledgeEntry>().Where(e => e.Kind == EntryKind.Law).Select(e => e.Title));
        var history = new ChatHistory(prompt.System);
        history.AddUserMessage(prompt.User
            .Replace("{question}", Conversations.PiiMasker.Mask(question.Text), StringComparison.Ordinal)
            .Replace("{facts}", facts, StringComparison.Ordinal)
            .Replace("{articles}", articles, StringComparison.Ordinal));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0.2, MaxTokens = _options.MaxTokens };

        string output;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
            var reply = await chat.GetChatMessageContentAsync(history, settings, cancellationToken: timeout.Token).ConfigureAwait(false);
            output = reply.Content?.Trim() ?? string.Empty;
        }
        catch (Exception ex) when (ex is HttpOperationException or OperationCanceledException or HttpRequestException or KernelException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            // Never the exception's message: it carries the upstream response body, which can echo the request or a key.
            LogFailed(_logger, ex.GetType().Name, (int?)(ex as HttpOperationException)?.StatusCode ?? (int?)(ex as HttpRequestException)?.StatusCode ?? 0);
            return null;
        }

        var problems = LlmOutputCheck.Problems(output, offline, kb);
        if (problems.Count > 0)
        {
            LogRejected(_logger, offline.TopicId, string.Join("; ", problems));
            return null;
        }

        var sections = new List<AnswerSection> { new(SectionKind.Conclusion, null, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) };
        sections.AddRange(offline.Sections.Where(s => s.Kind is SectionKind.Contact or SectionKind.Basis or SectionKind.Note or SectionKind.Disclaimer));
        return offline with { Text = AnswerText.Render(sections), Sections = sections, Mode = AnswerMode.AnswerLlm };
    }

    internal static IChatCompletionService CreateChat(LlmOptions options)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds + 5) };
#pragma warning disable SKEXP0010 // custom endpoints of the OpenAI connector
        var kernel = Kernel.CreateBuilder()
            .AddOpenAIChatCompletion(options.Model!, options.GetEndpointUri(), string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey, httpClient: http)
            .Build();
#pragma warning restore SKEXP0010
        return kernel.GetRequiredService<IChatCompletionService>();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM call failed ({Error}, HTTP status {Status}); the offline answer is used")]
    private static partial void LogFailed(ILogger logger, string error, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM phrasing for {Topic} rejected: {Problems}; the offline answer is used")]
    private static partial void LogRejected(ILogger logger, string? topic, string problems);
}
