using System.Text.RegularExpressions;
using XinfangBot.Core.Understanding;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Answering;

/// <summary>
/// How a reply is built from a guide or FAQ (rules/composing.yaml): which body sections hold the steps and the
/// reminder, what is trimmed from a guide title, and which period lines fit a time question. Every key is required;
/// start-up fails naming the file and the key when one is missing, empty or not a valid expression.
/// </summary>
public sealed class ComposingRules
{
    private readonly Regex _processingQuestion;
    private readonly Regex _limitQuestion;
    private readonly Regex _processingLine;
    private readonly Regex _limitLine;
    private readonly IReadOnlyList<string> _titleTrim;

    private ComposingRules(FileDto file, string path)
    {
        StepsSection = WordPattern.Required(file.Sections?.GetValueOrDefault("steps"), path, "sections.steps");
        ReminderSection = WordPattern.Required(file.Sections?.GetValueOrDefault("reminder"), path, "sections.reminder");
        _titleTrim = WordPattern.Required(file.TitleTrim, path, "title_trim");
        _processingQuestion = WordPattern.Any(WordPattern.Required(file.ProcessingQuestion, path, "processing_question"));
        _limitQuestion = WordPattern.Any(WordPattern.Required(file.LimitQuestion, path, "limit_question"));
        _processingLine = WordPattern.Any(WordPattern.Required(file.ProcessingLine, path, "processing_line"));
        _limitLine = WordPattern.Any(WordPattern.Required(file.LimitLine, path, "limit_line"));
    }

    /// <summary>The body section listing what to do.</summary>
    public string StepsSection { get; }

    /// <summary>The body section holding the reminder.</summary>
    public string ReminderSection { get; }

    public static ComposingRules Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: composing rules not found", path);
        }

        FileDto? file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<FileDto>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        return new ComposingRules(file ?? new FileDto(), path);
    }

    /// <summary>A question about how long an organ takes (多久, 什么时候给结果 …).</summary>
    public bool AsksProcessing(string question) => _processingQuestion.Found(question);

    /// <summary>A question about how long the citizen has (时效, 来得及 …).</summary>
    public bool AsksLimit(string question) => _limitQuestion.Found(question);

    /// <summary>A period line about when an organ must act.</summary>
    public bool IsProcessingLine(string line) => _processingLine.Found(line);

    /// <summary>A period line about the citizen's time limit.</summary>
    public bool IsLimitLine(string line) => _limitLine.Found(line);

    /// <summary>A guide title as a noun phrase: 承包地被收回怎么办？ → 承包地被收回.</summary>
    public string ShortTitle(string title)
    {
        var text = title.TrimEnd('？', '?', '。');
        foreach (var word in _titleTrim)
        {
            text = text.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private sealed class FileDto
    {
        public Dictionary<string, string>? Sections { get; set; }
        public List<string>? TitleTrim { get; set; }
        public List<string>? ProcessingQuestion { get; set; }
        public List<string>? LimitQuestion { get; set; }
        public List<string>? ProcessingLine { get; set; }
        public List<string>? LimitLine { get; set; }
    }
}
