namespace XinfangBot.Core.Answering;

/// <summary>A message to answer, with the conversation's recent turns (oldest first).</summary>
public sealed record Question(string Text, IReadOnlyList<Turn> History)
{
    public Question(string text)
        : this(text, [])
    {
    }

    /// <summary>True when the bot has not spoken yet in this conversation (the disclaimer goes with the first answer).</summary>
    public bool IsFirstAnswer => !History.Any(t => t.Role == Turn.BotRole);
}
