namespace XinfangBot.Telegram.Content;

/// <summary>One entry of the command menu sent with setMyCommands.</summary>
public sealed class CommandText
{
    public string Command { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
}
