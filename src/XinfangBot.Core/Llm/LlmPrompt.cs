using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Llm;

/// <summary>The system and user texts of prompts/llm.zh.yaml.</summary>
internal sealed class LlmPrompt
{
    public string System { get; set; } = string.Empty;
    public string User { get; set; } = string.Empty;

    public static LlmPrompt Load(string path) => Load(path, "{facts}");

    /// <summary>Loads a prompt whose user text must contain <paramref name="placeholder"/>.</summary>
    public static LlmPrompt Load(string path, string placeholder)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var prompt = yaml.Deserialize<LlmPrompt>(File.ReadAllText(path)) ?? new LlmPrompt();
        if (string.IsNullOrWhiteSpace(prompt.System) || !prompt.User.Contains(placeholder, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: needs 'system' and a 'user' text with {placeholder}");
        }

        return prompt;
    }
}
