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

/// <summary>What an <see cref="AnswerMode"/> means for the citizen (its stored name: <see cref="StoredNames.Name{TEnum}"/>).</summary>
internal static class AnswerModes
{
    /// <summary>An answer built on a topic, offline or phrased by the LLM: the citizen can rate it.</summary>
    public static bool IsTopicAnswer(this AnswerMode mode) => mode is AnswerMode.Answer or AnswerMode.AnswerLlm;
}
