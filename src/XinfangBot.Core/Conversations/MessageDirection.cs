using System.Runtime.Serialization;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Conversations;

/// <summary>Whether a recorded message came in from the citizen or went out to them.</summary>
public enum MessageDirection
{
    [EnumMember(Value = "in")]
    In,

    [EnumMember(Value = "out")]
    Out,
}

/// <summary>The stored names of <see cref="MessageDirection"/> (<c>messages.Direction</c>).</summary>
public static class MessageDirections
{
    public static string Name(this MessageDirection value) => StoredNames.Name(value);

    /// <summary>The member named <paramref name="name"/>; an unknown name is a <see cref="FormatException"/>.</summary>
    public static MessageDirection Parse(string name) => StoredNames.Parse<MessageDirection>(name);

    public static bool TryParse(string? name, out MessageDirection value) => StoredNames.TryParse(name, out value);
}
