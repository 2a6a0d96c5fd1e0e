namespace XinfangBot.Core.Staff;

/// <summary>Roles (CONTRACTS §7): reviewers work cases, curators edit knowledge, admins do both and manage accounts.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
    public const string Curator = "curator";

    public static readonly string[] All = [Admin, Reviewer, Curator];

    public static bool IsKnown(string? role) => role is Admin or Reviewer or Curator;

    public static bool CanWorkCases(string role) => role is Admin or Reviewer;

    public static bool CanCurate(string role) => role is Admin or Curator;
}
