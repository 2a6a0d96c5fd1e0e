using XinfangBot.Core.Staff;
using XinfangBot.Core.Tests.Support;

namespace XinfangBot.Core.Tests.Staff;

public sealed class StaffDirectoryTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public void Add_StoresAHashNotThePasswordAndSignsIn()
    {
        using var world = new CaseWorld();
        Assert.True(world.Staff.Add("WangFang", StaffRoles.Reviewer, Password));
        Assert.False(world.Staff.Add("wangfang", StaffRoles.Admin, Password));

        var account = world.Staff.Find("wangfang")!;
        Assert.DoesNotContain(Password, account.PasswordHash, StringComparison.Ordinal);
        Assert.True(account.PasswordHash.Length > 40);
        Assert.Equal(SignInOutcome.Success, world.Staff.SignIn("wangfang", Password).Outcome);
        Assert.Equal(SignInOutcome.Unknown, world.Staff.SignIn("nobody", Password).Outcome);
    }

    [Fact]
    public void SignIn_RepeatedWrongPasswords_LockTheAccountUntilTheLockoutPasses()
    {
        using var world = new CaseWorld();
        world.Staff.Add("lina", StaffRoles.Reviewer, Password);

        Assert.Equal(SignInOutcome.WrongPassword, world.Staff.SignIn("lina", "guess 1").Outcome);
        Assert.Equal(SignInOutcome.WrongPassword, world.Staff.SignIn("lina", "guess 2").Outcome);
        Assert.Equal(SignInOutcome.LockedOut, world.Staff.SignIn("lina", "guess 3").Outcome);
        Assert.Equal(SignInOutcome.LockedOut, world.Staff.SignIn("lina", Password).Outcome);

        world.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(SignInOutcome.Success, world.Staff.SignIn("lina", Password).Outcome);
    }

    [Fact]
    public void Disable_EndsSessionsAndTelegramAccess_ResetRestoresThem()
    {
        using var world = new CaseWorld();
        world.Staff.Add("lina", StaffRoles.Reviewer, Password);
        world.Staff.Link("lina", 4242);
        var stamp = world.Staff.Find("lina")!.Stamp;

        world.Staff.Disable("lina");

        Assert.False(world.Staff.IsSessionValid("lina", stamp));
        Assert.Null(world.Staff.FindByTelegram(4242));
        Assert.Equal(SignInOutcome.Disabled, world.Staff.SignIn("lina", Password).Outcome);

        world.Staff.Reset("lina", "another long password");
        Assert.Equal(SignInOutcome.Success, world.Staff.SignIn("lina", "another long password").Outcome);
        Assert.Equal("lina", world.Staff.FindByTelegram(4242)!.Id);
    }

    [Fact]
    public void Link_SameTelegramUserToAnotherAccount_MovesIt()
    {
        using var world = new CaseWorld();
        world.Staff.Add("a1", StaffRoles.Reviewer, Password);
        world.Staff.Add("a2", StaffRoles.Admin, Password);
        world.Staff.Link("a1", 99);
        world.Staff.Link("a2", 99);

        Assert.Equal("a2", world.Staff.FindByTelegram(99)!.Id);
        Assert.Null(world.Staff.Find("a1")!.TelegramUserId);
    }
}
