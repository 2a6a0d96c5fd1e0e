using System.ComponentModel.DataAnnotations;

namespace XinfangBot.Core.Staff;

/// <summary>Sign-in protection (section <c>Staff</c>): failed attempts before a lockout, and its length.</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    [Range(1, 100)]
    public int LockoutAttempts { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Shortest password <c>users add</c> and <c>users reset</c> accept.</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 10;
}
