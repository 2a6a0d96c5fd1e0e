using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Answering;

/// <summary>
/// Reads a texts file of prompts/ (snake_case YAML) into its type, failing with the file's path: missing, not YAML, or a
/// required text left out (<see cref="MissingTexts"/>, named by property so the message says which key to add).
/// </summary>
public static class PromptFile
{
    public static T Read<T>(string path, string what)
        where T : new()
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} not found: {path} (configuration key Knowledge:PromptsPath)", path);
        }

        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return yaml.Deserialize<T>(File.ReadAllText(path)) ?? new T();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>The names of the settable string properties of <paramref name="texts"/> that are empty, each after <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> MissingTexts(object texts, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.GetType().GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite && string.IsNullOrWhiteSpace((string?)p.GetValue(texts)))
            .Select(p => prefix + p.Name);
    }

    /// <summary>Throws naming every missing text of <paramref name="path"/>, or does nothing when none is.</summary>
    public static void Require(string path, IReadOnlyCollection<string> missing)
    {
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: missing text(s): {string.Join(", ", missing)}");
        }
    }
}
