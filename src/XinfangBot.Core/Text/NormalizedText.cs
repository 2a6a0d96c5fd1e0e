namespace XinfangBot.Core.Text;

/// <summary>A citizen's message after normalization; <see cref="Truncated"/> says the length cap cut it.</summary>
public sealed record NormalizedText(string Text, bool Truncated, int OriginalLength)
{
    public bool IsEmpty => Text.Length == 0;
}
