using System.Reflection;
using System.Text.RegularExpressions;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Triage;
using XinfangBot.Telegram.Conversations;

namespace XinfangBot.Telegram.Tests.Architecture;

/// <summary>
/// Telegram reaches a message's life (answer, feedback, follow-ups, forget, markers) only through
/// <see cref="ConversationService"/> (issue 9): the conversation store, the handler behind the port, the engine and the
/// safety triage stay internal to Core. Checked on the compiled types (what they hold and take) and on the sources.
/// </summary>
public sealed partial class ConversationPortTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] Internal = [typeof(ConversationStore), typeof(ConversationHandler), typeof(AnswerEngine), typeof(SafetyTriage)];

    [Fact]
    public void TelegramTypes_HoldOrTake_NoCoreInternals()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(QuestionFlow).Assembly.GetTypes())
        {
            var used = type.GetFields(All).Select(f => (f.Name, f.FieldType))
                .Concat(type.GetProperties(All).Select(p => (p.Name, p.PropertyType)))
                .Concat(type.GetConstructors(All).Cast<MethodBase>().Concat(type.GetMethods(All))
                    .SelectMany(m => m.GetParameters().Select(p => ($"{m.Name}({p.Name})", p.ParameterType))));
            offenders.AddRange(used.Where(u => Internal.Contains(u.Item2)).Select(u => $"{type.FullName}.{u.Item1}: {u.Item2.Name}"));
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void TelegramTypes_QuestionFlow_TakesTheConversationPort()
    {
        var parameters = typeof(QuestionFlow).GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);

        Assert.Contains(typeof(ConversationService), parameters);
    }

    [Fact]
    public void TelegramSources_NameNoCoreInternals()
    {
        var files = TelegramSources.Files();
        var offenders = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => InternalName().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}")
            .ToList();
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b(ConversationStore|ConversationHandler|AnswerEngine|SafetyTriage)\b")]
    private static partial Regex InternalName();
}
