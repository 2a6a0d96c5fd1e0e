using LiteDB;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Staff;

/// <summary>
/// Staff accounts in LiteDB. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2); repeated wrong passwords lock the account for <see cref="StaffOptions.LockoutMinutes"/>. No account exists
/// until <c>users add</c> creates one.
/// </summary>
public sealed class StaffDirectory
{
    private readonly LiteDbProvider _db;
    private readonly TimeProvider _time;
    private readonly StaffOptions _options;
    private readonly PasswordHasher<StaffAccount> _hasher = new();
    private readonly Lock _gate = new();

    public StaffDirectory(LiteDbProvider db, TimeProvider time, IOptions<StaffOptions> options)
    {
        _db = db;
        _time = time;
        _options = options.Value;
        Accounts.EnsureIndex(a => a.TelegramUserId);
    }

    public StaffOptions Options => _options;

    private ILiteCollection<StaffAccount> Accounts => _db.Database.GetCollection<StaffAccount>("staff");

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public static string Key(string name) => name.Trim().ToLowerInvariant();

    public static bool IsValidName(string name) =>
        name.Length is >= 2 and <= 32 && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_');

    public IReadOnlyList<StaffAccount> List() => Accounts.FindAll().OrderBy(a => a.Id).ToList();

    public StaffAccount? Find(string name) => Accounts.FindById(Key(name));

    /// <summary>Creates an account; false when the name is taken.</summary>
    public bool Add(string name, string role, string password)
    {
        lock (_gate)
        {
            if (Find(name) is not null)
            {
                return false;
            }

            var account = new StaffAccount { Id = Key(name), Name = name.Trim(), Role = role, CreatedUtc = Now };
            account.PasswordHash = _hasher.HashPassword(account, password);
            Accounts.Insert(account);
            return true;
        }
    }

    /// <summary>Sets a new password, clears a lockout and re-enables the account; ends its signed-in sessions.</summary>
    public bool Reset(string name, string password) => Change(name, a =>
    {
        a.PasswordHash = _hasher.HashPassword(a, password);
        a.FailedSignIns = 0;
        a.LockedUntilUtc = null;
        a.Disabled = false;
        a.Stamp = Guid.NewGuid().ToString("N");
    });

    public bool Disable(string name) => Change(name, a =>
    {
        a.Disabled = true;
        a.Stamp = Guid.NewGuid().ToString("N");
    });

    /// <summary>Links a Telegram user id to the account (one account per Telegram user).</summary>
    public bool Link(string name, long telegramUserId)
    {
        lock (_gate)
        {
            foreach (var other in Accounts.Find(a => a.TelegramUserId == telegramUserId).Where(a => a.Id != Key(name)).ToList())
            {
                other.TelegramUserId = null;
                Accounts.Update(other);
            }

            return Change(name, a => a.TelegramUserId = telegramUserId);
        }
    }

    /// <summary>The active account linked to a Telegram user, or null.</summary>
    public StaffAccount? FindByTelegram(long telegramUserId) =>
        Accounts.FindOne(a => a.TelegramUserId == telegramUserId) is { Disabled: false } account ? account : null;

    /// <summary>True while the account exists, is active and still carries the stamp a session was issued with.</summary>
    public bool IsSessionValid(string name, string stamp) => Find(name) is { Disabled: false } a && a.Stamp == stamp;

    /// <summary>Checks a password; counts failures and locks the account after too many.</summary>
    public SignInResult SignIn(string name, string password)
    {
        lock (_gate)
        {
            var account = Find(name);
            if (account is null)
            {
                // Spend the same time as a real check, so a missing name cannot be told from a wrong password.
                _hasher.VerifyHashedPassword(new StaffAccount(), DummyHash, password);
                return new SignInResult(SignInOutcome.Unknown);
            }

            if (account.Disabled)
            {
                return new SignInResult(SignInOutcome.Disabled);
            }

            if (account.LockedUntilUtc is { } until && until > Now)
            {
                return new SignInResult(SignInOutcome.LockedOut);
            }

            var verified = _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
            if (verified == PasswordVerificationResult.Failed)
            {
                account.FailedSignIns++;
                if (account.FailedSignIns >= _options.LockoutAttempts)
                {
                    account.LockedUntilUtc = Now.AddMinutes(_options.LockoutMinutes);
                    account.FailedSignIns = 0;
                    Accounts.Update(account);
                    return new SignInResult(SignInOutcome.LockedOut);
                }

                Accounts.Update(account);
                return new SignInResult(SignInOutcome.WrongPassword);
            }

            if (verified == PasswordVerificationResult.SuccessRehashNeeded)
            {
                account.PasswordHash = _hasher.HashPassword(account, password);
            }

            account.FailedSignIns = 0;
            account.LockedUntilUtc = null;
            account.LastSignInUtc = Now;
            Accounts.Update(account);
            return new SignInResult(SignInOutcome.Success, account);
        }
    }

    private static readonly string DummyHash = new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), Guid.NewGuid().ToString("N"));

    private bool Change(string name, Action<StaffAccount> change)
    {
        lock (_gate)
        {
            var account = Find(name);
            if (account is null)
            {
                return false;
            }

            change(account);
            Accounts.Update(account);
            return true;
        }
    }
}
