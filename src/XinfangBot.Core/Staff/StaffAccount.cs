namespace XinfangBot.Core.Staff;

/// <summary>A staff account (CONTRACTS §7): name, role, PBKDF2 password hash, lockout state and Telegram link.</summary>
public sealed class StaffAccount
{
    /// <summary>The sign-in name (unique, case-insensitive; stored lower case).</summary>
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Role { get; set; } = StaffRoles.Reviewer;
    public string PasswordHash { get; set; } = string.Empty;
    public bool Disabled { get; set; }

    /// <summary>Changes when the password is reset or the account disabled; signed-in sessions with an old stamp end.</summary>
    public string Stamp { get; set; } = Guid.NewGuid().ToString("N");
    public long? TelegramUserId { get; set; }
    public int FailedSignIns { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastSignInUtc { get; set; }
}
