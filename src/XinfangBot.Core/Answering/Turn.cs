namespace XinfangBot.Core.Answering;

/// <summary>One earlier turn of a conversation: <c>user</c> or <c>bot</c>, and its text.</summary>
public sealed record Turn(string Role, string Text)
{
    public const string UserRole = "user";
    public const string BotRole = "bot";
}
