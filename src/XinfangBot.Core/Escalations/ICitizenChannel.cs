namespace XinfangBot.Core.Escalations;

/// <summary>
/// A channel that can write to a citizen on its own (Telegram): what staff write, and what the bot says when a case
/// changes. Channels register one each; the case service picks it by the conversation's channel.
/// </summary>
public interface ICitizenChannel
{
    /// <summary>The channel name used in conversation ids (<c>telegram</c>).</summary>
    string Channel { get; }

    /// <summary>Sends plain text to the chat; throws when the channel could not deliver it.</summary>
    Task SendAsync(string chatId, string text, CancellationToken cancellationToken);
}
