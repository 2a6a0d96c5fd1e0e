using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace XinfangBot.Core.Clock;

/// <summary>
/// `Clock:Now` (CONTRACTS §5): an ISO 8601 instant such as 2026-12-07T10:00:00+08:00 that fixes "today" for every verb,
/// so dates can be checked reproducibly. Unset, the system clock is used.
/// </summary>
public sealed class ClockOptions : IValidatableObject
{
    public const string SectionName = "Clock";

    public string? Now { get; set; }

    /// <summary>The configured instant, or null when the system clock applies.</summary>
    public DateTimeOffset? FixedNow =>
        string.IsNullOrWhiteSpace(Now) ? null
        : DateTimeOffset.TryParse(Now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Now) && FixedNow is null)
        {
            yield return new ValidationResult($"Clock:Now '{Now}' is not an ISO 8601 date and time (e.g. 2026-12-07T10:00:00+08:00)", [nameof(Now)]);
        }
    }

    /// <summary>The system clock, or one that starts at <see cref="FixedNow"/> and runs on from there.</summary>
    public TimeProvider CreateProvider() => FixedNow is { } at ? new ShiftedTimeProvider(at) : TimeProvider.System;
}
