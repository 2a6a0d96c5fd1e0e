namespace XinfangBot.Core.Answering;

/// <summary>The parts of an answer (DESIGN.md, answer anatomy), so each channel can render them its own way.</summary>
public enum SectionKind
{
    Conclusion,
    Steps,
    Deadline,
    Basis,
    Reminder,
    Also,
    Note,
    Disclaimer,

    /// <summary>Where to turn: the leading channel's contact line from rules/channels.yaml (找谁).</summary>
    Contact,
}
