using XinfangBot.Telegram.Content;

namespace XinfangBot.Telegram.Tests.Support;

/// <summary>The shipped prompts/telegram.zh.yaml, loaded once.</summary>
public static class SharedTexts
{
    private static readonly Lazy<TelegramTexts> Loaded = new(() => TelegramTexts.Load(Path.Combine(SharedKnowledge.PromptsPath, TelegramTexts.FileName)));

    public static TelegramTexts Texts => Loaded.Value;
}
