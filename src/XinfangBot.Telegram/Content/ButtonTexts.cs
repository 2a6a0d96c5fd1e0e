namespace XinfangBot.Telegram.Content;

/// <summary>Labels of the inline buttons.</summary>
public sealed class ButtonTexts
{
    public string Useful { get; set; } = string.Empty;
    public string Useless { get; set; } = string.Empty;
    public string Human { get; set; } = string.Empty;
    public string Back { get; set; } = string.Empty;
    public string ForgetConfirm { get; set; } = string.Empty;
    public string ForgetCancel { get; set; } = string.Empty;
}
