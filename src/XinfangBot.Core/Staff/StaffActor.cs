namespace XinfangBot.Core.Staff;

/// <summary>Who does something to a case, and from where (<c>web</c>, <c>telegram</c>, <c>cli</c>).</summary>
public sealed record StaffActor(string Name, string Role, string Source);
