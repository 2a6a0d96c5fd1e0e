using System.Runtime.Serialization;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Conversations;

/// <summary>Who wrote a recorded message: the citizen, the bot's answer, a case notice, or a named staff member.</summary>
public enum AuthorRole
{
    [EnumMember(Value = "user")]
    User,

    [EnumMember(Value = "bot")]
    Bot,

    [EnumMember(Value = "case")]
    Case,

    [EnumMember(Value = "staff")]
    Staff,
}

/// <summary>
/// A message's author: its <see cref="AuthorRole"/> and, for staff, the account name. Stored as the string this field
/// held before (<c>user</c>, <c>bot</c>, <c>case</c>, <c>staff:&lt;name&gt;</c>), so existing databases read unchanged.
/// </summary>
public readonly record struct MessageAuthor : IStoredString<MessageAuthor>
{
    private const char Separator = ':';

    private MessageAuthor(AuthorRole role, string? name)
    {
        Role = role;
        Name = name;
    }

    public static MessageAuthor User { get; } = new(AuthorRole.User, null);

    public static MessageAuthor Bot { get; } = new(AuthorRole.Bot, null);

    public static MessageAuthor Case { get; } = new(AuthorRole.Case, null);

    public AuthorRole Role { get; }

    /// <summary>The staff account's name; null for every other role.</summary>
    public string? Name { get; }

    /// <summary>The string the author is stored under.</summary>
    public string Stored => Role switch
    {
        AuthorRole.Staff => AuthorRole.Staff.Name() + Separator + Name,
        AuthorRole.User or AuthorRole.Bot or AuthorRole.Case => Role.Name(),
    };

    public static MessageAuthor Staff(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(AuthorRole.Staff, name);
    }

    /// <summary>The author stored as <paramref name="stored"/>; an unknown shape is a <see cref="FormatException"/>.</summary>
    public static MessageAuthor Parse(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var colon = stored.IndexOf(Separator, StringComparison.Ordinal);
        var role = StoredNames.Parse<AuthorRole>(colon < 0 ? stored : stored[..colon]);
        return (role, colon < 0) switch
        {
            (AuthorRole.Staff, false) => Staff(stored[(colon + 1)..]),
            (AuthorRole.User or AuthorRole.Bot or AuthorRole.Case, true) => new(role, null),
            _ => throw new FormatException($"unknown message author '{stored}'"),
        };
    }

    public override string ToString() => Stored;
}
