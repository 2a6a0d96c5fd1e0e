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
    /// LiteDB connection mode: <c>direct</c> (default: the file opened once per process, and a lock file beside it keeps
    /// every other process out) or <c>shared</c> (LiteDB opens and closes the file for every operation so several
    /// shared-mode processes can work on it at once; several times slower).
    /// </summary>
    [RegularExpression("^(direct|shared)$", ErrorMessage = "Storage:Connection must be 'direct' or 'shared'.")]
    public string Connection { get; set; } = "direct";

    /// <summary>How long a process waits for another one holding the database before it gives up (exit 3).</summary>
    [Range(0, 86_400)]
    public int LockWaitSeconds { get; set; } = 10;

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
