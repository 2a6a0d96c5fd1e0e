using System.Runtime.Serialization;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Answering;

/// <summary>What kind of reply an answer is; stored on recorded answers (<c>messages.Mode</c>) under its [EnumMember] name.</summary>
public enum AnswerMode
{
    /// <summary>An answer built on a guide or FAQ by the offline composer.</summary>
    [EnumMember(Value = "answer")]
    Answer,

    /// <summary>The same answer, phrased by the configured LLM.</summary>
    [EnumMember(Value = "answer-llm")]
    AnswerLlm,

    [EnumMember(Value = "clarify")]
    Clarify,

    [EnumMember(Value = "crisis")]
    Crisis,

    [EnumMember(Value = "threat")]
    Threat,

    [EnumMember(Value = "human")]
    Human,

    [EnumMember(Value = "unresolved")]
    Unresolved,

    [EnumMember(Value = "scope")]
    Scope,

    [EnumMember(Value = "greeting")]
    Greeting,

    [EnumMember(Value = "help")]
    Help,

    [EnumMember(Value = "thanks")]
    Thanks,

    [EnumMember(Value = "empty")]
    Empty,

    [EnumMember(Value = "error")]
    Error,
}

/// <summary>The stored names of <see cref="AnswerMode"/>.</summary>
public static class AnswerModes
{
    public static string Name(this AnswerMode value) => StoredNames.Name(value);

    /// <summary>The member named <paramref name="name"/>; an unknown name is a <see cref="FormatException"/>.</summary>
    public static AnswerMode Parse(string name) => StoredNames.Parse<AnswerMode>(name);

    public static bool TryParse(string? name, out AnswerMode value) => StoredNames.TryParse(name, out value);

    /// <summary>An answer built on a topic, offline or phrased by the LLM: the citizen can rate it.</summary>
    public static bool IsTopicAnswer(this AnswerMode mode) => mode is AnswerMode.Answer or AnswerMode.AnswerLlm;
}
