using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using XinfangBot.Core.Answering;

namespace XinfangBot.Terminal;

/// <summary>What only the terminal says (prompts/terminal.zh.yaml). Every text is required: a missing one fails by name.</summary>
internal sealed class TerminalTexts
{
    public const string FileName = "terminal.zh.yaml";

    public string Banner { get; set; } = string.Empty;
    public string Help { get; set; } = string.Empty;
    public string Reset { get; set; } = string.Empty;
    public string Held { get; set; } = string.Empty;

    /// <summary>Said after a reply that alerted staff: this terminal cannot receive what they write.</summary>
    public string NoStaffHere { get; set; } = string.Empty;
    public string Followups { get; set; } = string.Empty;

    /// <summary>
    /// Regular expressions of the reply's promises that staff will answer here, each with what replaces it: a terminal
    /// cannot receive what staff write, so a reply that alerted them keeps only what is true here.
    /// </summary>
    public Dictionary<string, string> HerePromises { get; set; } = [];
    public string Choices { get; set; } = string.Empty;

    /// <summary>The reply without its promises that staff will answer in this chat (see <see cref="HerePromises"/>).</summary>
    public string WithoutHerePromises(string reply) =>
        HerePromises.Aggregate(reply, (text, p) => Regex.Replace(text, p.Key, p.Value, RegexOptions.None, TimeSpan.FromSeconds(1)));

    public static TerminalTexts Load(string path)
    {
        var texts = PromptFile.Read<TerminalTexts>(path, "Terminal texts");
        PromptFile.Require(path, PromptFile.MissingTexts(texts).ToList());
        return texts;
    }

    /// <summary>
    /// The suggested questions of an answer as a numbered list under their label (choices for a clarifying question),
    /// or null when there are none. The numbers are what <see cref="Pick"/> reads back.
    /// </summary>
    public string? Options(AnswerMode? mode, IReadOnlyList<string> options)
    {
        if (options.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(mode == AnswerMode.Clarify ? Choices : Followups);
        for (var i = 0; i < options.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {i + 1}. {options[i]}");
        }

        return text.ToString();
    }

    /// <summary>The option a line names by its number (1-based, full-width digits too), or the line itself.</summary>
    public static string Pick(string line, IReadOnlyList<string> options)
    {
        var trimmed = line.Trim().Normalize(NormalizationForm.FormKC).TrimEnd('.', '、');
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= options.Count
            ? options[n - 1]
            : line;
    }
}
