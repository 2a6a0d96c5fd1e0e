using System.ComponentModel.DataAnnotations;

namespace XinfangBot.Core.Llm;

/// <summary>
/// An OpenAI-compatible endpoint (Ollama, vLLM, DeepSeek, Qwen …) that phrases answers from retrieved, validated facts.
/// Unset <see cref="Endpoint"/> keeps the bot fully offline. The key is a secret (env <c>Llm__ApiKey</c>).
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>Base URL of the OpenAI-compatible API, e.g. <c>http://127.0.0.1:11434/v1</c> (<c>/v1</c> is added when missing).</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How long the safety opinion on an uncertain message may take before the offline triage stands.</summary>
    [Range(1, 30)]
    public int SafetyTimeoutSeconds { get; set; } = 4;

    /// <summary>How long the understanding step (the model choosing a catalogue topic) may take before the offline result stands.</summary>
    [Range(1, 30)]
    public int UnderstandTimeoutSeconds { get; set; } = 4;

    /// <summary>Offline answers less confident than this, and messages the engine could not place, go to the understanding step.</summary>
    [Range(0.0, 1.0)]
    public double UnderstandBelowConfidence { get; set; } = 0.35;

    [Range(64, 4096)]
    public int MaxTokens { get; set; } = 700;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The endpoint as the connector wants it, ending in <c>/v1</c> (a method, so configuration binding never calls it).</summary>
    public Uri GetEndpointUri()
    {
        var text = (Endpoint ?? throw new InvalidOperationException("Llm:Endpoint is not set")).TrimEnd('/');
        return new Uri(text.EndsWith("/v1", StringComparison.Ordinal) ? text : text + "/v1");
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Llm:Endpoint must be an http(s) URL such as http://127.0.0.1:11434/v1.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model is required when Llm:Endpoint is set.", [nameof(Model)]);
        }
    }
}
