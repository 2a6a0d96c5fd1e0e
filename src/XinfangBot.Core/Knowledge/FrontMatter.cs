using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Knowledge;

/// <summary>The YAML front matter of a knowledge file, split from its body with line offsets kept for errors.</summary>
internal sealed class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? Summary { get; set; }
    public List<string>? Channels { get; set; }
    public List<string>? Keywords { get; set; }
    public List<string>? Cites { get; set; }
    public Dictionary<string, string>? Quotes { get; set; }
    public List<string>? Deadlines { get; set; }
    public List<string>? Followups { get; set; }
    public List<LeadMatter>? Leads { get; set; }
    public List<SituationMatter>? Situations { get; set; }
    public List<string>? Examples { get; set; }
    public string? Source { get; set; }
    public string? Version { get; set; }
    public string? Effective { get; set; }
    public string? EffectiveNote { get; set; }
    public string? Reviewed { get; set; }
    public string? Status { get; set; }
    public Dictionary<int, string>? ArticleStatus { get; set; }

    /// <summary>One item of <c>leads</c>: the words of a step or part of the matter and the cited articles that govern it.</summary>
    public sealed class LeadMatter
    {
        public List<string>? When { get; set; }
        public List<string>? Cites { get; set; }
    }

    /// <summary>One item of <c>situations</c>: a step (1-based) and the words of the one situation it serves.</summary>
    public sealed class SituationMatter
    {
        public int Step { get; set; }
        public List<string>? When { get; set; }
    }

    /// <summary>Splits <paramref name="raw"/> into front matter and body; the body's first line number is returned too.</summary>
    public static (FrontMatter? Meta, string Body, int BodyLine, KnowledgeError? Error) Split(string file, string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text, 1, new KnowledgeError(file, 1, "missing YAML front matter (the file must start with a line '---')"));
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return (null, text, 1, new KnowledgeError(file, 1, "front matter is not closed by a line '---'"));
        }

        var yaml = text[4..(end + 1)];
        var body = text[(end + 5)..];
        var bodyLine = yaml.Count(c => c == '\n') + 3;
        if (YamlGuard.Check(file, yaml, firstLine: 2) is { } unsafeYaml)
        {
            return (null, body, bodyLine, unsafeYaml);
        }

        try
        {
            var meta = Yaml.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
            return (meta, body, bodyLine, null);
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + 1;
            var message = ex.InnerException?.Message ?? ex.Message;
            return (null, body, bodyLine, new KnowledgeError(file, line, $"front matter: {message}"));
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            return (null, body, bodyLine, new KnowledgeError(file, 1, $"front matter: {ex.Message}"));
        }
    }
}
