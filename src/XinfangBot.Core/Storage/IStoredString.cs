namespace XinfangBot.Core.Storage;

/// <summary>
/// A value stored in LiteDB as one string (a field that was a string before it got a type, e.g. a message's author):
/// <see cref="StoredNames.Register"/> maps every such type of XinfangBot.Core to <see cref="Stored"/> and back.
/// </summary>
internal interface IStoredString<TSelf>
    where TSelf : IStoredString<TSelf>
{
    /// <summary>The string the value is stored under.</summary>
    string Stored { get; }

    /// <summary>The value stored as <paramref name="stored"/>; an unknown shape is a <see cref="FormatException"/>.</summary>
    static abstract TSelf Parse(string stored);
}
