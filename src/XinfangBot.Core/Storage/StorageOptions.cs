using System.ComponentModel.DataAnnotations;

namespace XinfangBot.Core.Storage;

/// <summary>Where conversations, knowledge and escalations are kept (one LiteDB file).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>Path of the LiteDB file; created with its folder on first run.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/xinfangbot.db";

    /// <summary>Folder of the cached search index (rebuilt whenever the knowledge changes); default <c>index</c> beside the database.</summary>
    public string? IndexPath { get; set; }

    /// <summary>
    /// LiteDB connection mode: <c>shared</c> (default; staff may run <c>kb</c> while the bot runs) or <c>direct</c>
    /// (faster, only when exactly one process ever opens the file — direct mode takes no lock on Linux).
    /// </summary>
    [RegularExpression("^(direct|shared)$", ErrorMessage = "Storage:Connection must be 'direct' or 'shared'.")]
    public string Connection { get; set; } = "shared";

    /// <summary>Conversations with no activity for this many days are purged (0 keeps them for ever).</summary>
    [Range(0, 36500)]
    public int RetentionDays { get; set; } = 180;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(DatabasePath) && Directory.Exists(DatabasePath))
        {
            yield return new ValidationResult($"Storage:DatabasePath is a folder, not a file: {DatabasePath}", [nameof(DatabasePath)]);
        }

        if (!string.IsNullOrWhiteSpace(IndexPath) && File.Exists(IndexPath))
        {
            yield return new ValidationResult($"Storage:IndexPath is a file, not a folder: {IndexPath}", [nameof(IndexPath)]);
        }
    }
}
