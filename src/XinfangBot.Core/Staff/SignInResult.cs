namespace XinfangBot.Core.Staff;

/// <summary>The outcome of a password check.</summary>
public enum SignInOutcome
{
    Success,
    WrongPassword,
    LockedOut,
    Disabled,
    Unknown,
}

/// <summary>A password check: the outcome and, on success, the account.</summary>
public sealed record SignInResult(SignInOutcome Outcome, StaffAccount? Account = null);
