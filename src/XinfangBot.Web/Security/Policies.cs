namespace XinfangBot.Web.Security;

/// <summary>Authorization policies: who may open which part of the console (CONTRACTS §7 roles).</summary>
internal static class Policies
{
    /// <summary>Case queue and case pages: reviewers and admins.</summary>
    public const string Cases = "cases";

    /// <summary>Knowledge: curators and admins.</summary>
    public const string Knowledge = "knowledge";

    /// <summary>Statistics and the audit log: admins.</summary>
    public const string Admin = "admin";
}
