using System.ComponentModel.DataAnnotations;

namespace XinfangBot.Core.Knowledge;

/// <summary>Where the knowledge files and reply templates are, and whether start-up imports the folder.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder (laws/, guides/, faq/, rules/). Relative paths resolve against the working
    /// directory first, then the program's folder (which ships a copy).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge";

    /// <summary>The folder of reply templates (answer.zh.yaml).</summary>
    [Required(AllowEmptyStrings = false)]
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>Import the folder into LiteDB at start-up (idempotent); staff edits made with <c>kb</c> stay in LiteDB.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>How often the running bot looks for knowledge changed by another process (seconds).</summary>
    [Range(0.1, 600)]
    public double RefreshSeconds { get; set; } = 2;

    public string ResolvedPath => Resolve(Path);

    public string ResolvedPromptsPath => Resolve(PromptsPath);

    public string RulesPath => System.IO.Path.Combine(ResolvedPath, "rules");

    internal static string Resolve(string path)
    {
        if (System.IO.Path.IsPathRooted(path) || Directory.Exists(path))
        {
            return System.IO.Path.GetFullPath(path);
        }

        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, path);
        return Directory.Exists(beside) ? beside : System.IO.Path.GetFullPath(path);
    }
}
