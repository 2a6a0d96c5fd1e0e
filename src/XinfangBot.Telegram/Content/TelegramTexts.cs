using XinfangBot.Core.Answering;

namespace XinfangBot.Telegram.Content;

/// <summary>
/// What only the Telegram channel says (prompts/telegram.zh.yaml): welcome, privacy, non-text and group replies,
/// /forget, feedback, stale buttons, the admin notice, button labels, the command menu and the roadmap.
/// Every text is required: a missing one fails loading by name.
/// </summary>
public sealed class TelegramTexts
{
    public const string FileName = "telegram.zh.yaml";

    public string Welcome { get; set; } = string.Empty;
    public string RoadmapTitle { get; set; } = string.Empty;
    public string DomainTitle { get; set; } = string.Empty;
    public string OtherDomain { get; set; } = string.Empty;
    public string Help { get; set; } = string.Empty;
    public string Privacy { get; set; } = string.Empty;
    public string RetentionDays { get; set; } = string.Empty;
    public string RetentionForever { get; set; } = string.Empty;
    public string NonText { get; set; } = string.Empty;
    public string GroupNotice { get; set; } = string.Empty;
    public string Edited { get; set; } = string.Empty;
    public string FollowupQuestion { get; set; } = string.Empty;
    public string GuideAsk { get; set; } = string.Empty;
    public string CitationsLabel { get; set; } = string.Empty;
    public string ForgetAsk { get; set; } = string.Empty;
    public string ForgetDone { get; set; } = string.Empty;
    public string ForgetNothing { get; set; } = string.Empty;
    public string ForgetCancelled { get; set; } = string.Empty;
    public string ForgetPrivateOnly { get; set; } = string.Empty;
    public string FeedbackThanks { get; set; } = string.Empty;
    public string FeedbackAlready { get; set; } = string.Empty;
    public string StaleButton { get; set; } = string.Empty;
    public string AlreadyWaiting { get; set; } = string.Empty;

    /// <summary>Sent to a citizen who writes while a fresh start is still loading the knowledge; the answer follows.</summary>
    public string Preparing { get; set; } = string.Empty;
    public string HumanRequestText { get; set; } = string.Empty;
    public string AdminEscalation { get; set; } = string.Empty;
    public Dictionary<string, string> EscalationKinds { get; set; } = [];
    public ButtonTexts Buttons { get; set; } = new();
    public List<CommandText> Commands { get; set; } = [];
    public List<RoadmapDomain> Roadmap { get; set; } = [];

    public static TelegramTexts Load(string path)
    {
        var texts = PromptFile.Read<TelegramTexts>(path, "Telegram texts");
        var missing = PromptFile.MissingTexts(texts).Concat(PromptFile.MissingTexts(texts.Buttons, "buttons.")).ToList();
        if (texts.Commands.Count == 0 || texts.Commands.Any(c => string.IsNullOrWhiteSpace(c.Command) || string.IsNullOrWhiteSpace(c.Description)))
        {
            missing.Add("commands");
        }

        PromptFile.Require(path, missing);
        return texts;
    }
}
