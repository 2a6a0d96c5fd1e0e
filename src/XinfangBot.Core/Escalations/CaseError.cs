namespace XinfangBot.Core.Escalations;

/// <summary>Why a case operation was refused (keys of <c>staff.errors</c> in prompts/cases.zh.yaml).</summary>
public static class CaseError
{
    public const string NotFound = "not_found";
    public const string WrongState = "wrong_state";
    public const string ClaimedByOther = "claimed_by_other";
    public const string NoteRequired = "note_required";
    public const string CitizenDeleted = "citizen_deleted";
    public const string EmptyText = "empty_text";
    public const string NoChannel = "no_channel";
    public const string SendFailed = "send_failed";
    public const string NotAllowed = "not_allowed";

    public static readonly string[] All = [NotFound, WrongState, ClaimedByOther, NoteRequired, CitizenDeleted, EmptyText, NoChannel, SendFailed, NotAllowed];
}
