using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Escalations;

/// <summary>Texts of cases (prompts/cases.zh.yaml) for the citizen and for staff. Every text is required.</summary>
public sealed class CaseTexts
{
    public const string FileName = "cases.zh.yaml";

    public CitizenCaseTexts Citizen { get; set; } = new();
    public StaffCaseTexts Staff { get; set; } = new();

    public static CaseTexts Load(string path)
    {
        var texts = PromptFile.Read<CaseTexts>(path, "Case texts");
        var missing = PromptFile.MissingTexts(texts.Citizen, "citizen.").Concat(PromptFile.MissingTexts(texts.Staff, "staff.")).ToList();
        var kinds = EscalationKinds.All.Select(k => k.Name()).ToList();
        missing.AddRange(kinds.Where(k => !texts.Citizen.Opened.ContainsKey(k)).Select(k => "citizen.opened." + k));
        missing.AddRange(kinds.Where(k => !texts.Staff.Kinds.ContainsKey(k)).Select(k => "staff.kinds." + k));
        missing.AddRange(EscalationStatuses.All.Select(s => s.Name()).Where(s => !texts.Staff.States.ContainsKey(s)).Select(s => "staff.states." + s));
        missing.AddRange(CaseError.All.Where(e => !texts.Staff.Errors.ContainsKey(e)).Select(e => "staff.errors." + e));
        PromptFile.Require(path, missing);
        return texts;
    }

    public string Kind(string kind) => Staff.Kinds.GetValueOrDefault(kind, kind);

    public string Kind(EscalationKind kind) => Kind(kind.Name());

    public string State(string state) => Staff.States.GetValueOrDefault(state, state);

    public string State(EscalationStatus state) => State(state.Name());
}

/// <summary>What the citizen is told about a case.</summary>
public sealed class CitizenCaseTexts
{
    public Dictionary<string, string> Opened { get; set; } = [];
    public string NotAPetition { get; set; } = string.Empty;
    public string Taken { get; set; } = string.Empty;
    public string Reply { get; set; } = string.Empty;
    public string Released { get; set; } = string.Empty;
    public string Resolved { get; set; } = string.Empty;
    public string NobodyFree { get; set; } = string.Empty;
    public string CrisisDue { get; set; } = string.Empty;
}

/// <summary>What staff see about cases (admin chat, console, errors).</summary>
public sealed class StaffCaseTexts
{
    public Dictionary<string, string> Kinds { get; set; } = [];
    public Dictionary<string, string> States { get; set; } = [];
    public Dictionary<string, string> Deleted { get; set; } = [];
    public Dictionary<string, string> Errors { get; set; } = [];
    public string AdminCasesHeader { get; set; } = string.Empty;
    public string AdminCasesEmpty { get; set; } = string.Empty;
    public string AdminCaseLine { get; set; } = string.Empty;
    public string AdminAssignee { get; set; } = string.Empty;
    public string AdminOverdueMark { get; set; } = string.Empty;
    public string AdminCaseHeader { get; set; } = string.Empty;
    public string AdminTranscriptEmpty { get; set; } = string.Empty;
    public string AdminTranscriptLine { get; set; } = string.Empty;
    public string AdminWhoUser { get; set; } = string.Empty;
    public string AdminWhoBot { get; set; } = string.Empty;
    public string AdminWhoStaff { get; set; } = string.Empty;
    public string AdminDoneTake { get; set; } = string.Empty;
    public string AdminDoneReply { get; set; } = string.Empty;
    public string AdminDoneRelease { get; set; } = string.Empty;
    public string AdminDoneResolve { get; set; } = string.Empty;
    public string AdminUsage { get; set; } = string.Empty;
    public string AdminChanged { get; set; } = string.Empty;
    public Dictionary<string, string> AdminActions { get; set; } = [];
    public string AdminCitizenWrote { get; set; } = string.Empty;
    public string AdminRealert { get; set; } = string.Empty;
    public string AdminOverdue { get; set; } = string.Empty;
    public string AdminResolveNeedsNote { get; set; } = string.Empty;
    public Dictionary<string, string> Buttons { get; set; } = [];
    public string FaqTitle { get; set; } = string.Empty;
}
