using XinfangBot.Core.Answering;

namespace XinfangBot.Core.Tests.Support;

/// <summary>Earlier turns of a conversation, written short in tests of follow-ups.</summary>
internal static class Turns
{
    public static Turn User(string text) => new(Turn.UserRole, text);

    public static Turn Bot(string text) => new(Turn.BotRole, text);
}
