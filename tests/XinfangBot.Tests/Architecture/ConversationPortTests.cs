using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using XinfangBot.Commands;
using XinfangBot.Core.Conversations;

namespace XinfangBot.Tests.Architecture;

/// <summary>
/// The program's verbs and the staff console reach a conversation (answer, delivery, forget) only through
/// <see cref="ConversationService"/>, as Telegram does (issue 9): the conversation store and the handler behind the
/// port stay inside Core. Verbs that answer without a conversation (<c>ask</c>, <c>answer</c>, <c>eval</c>,
/// <c>bench</c>) call the engine and record nothing, so the engine is not part of this check.
/// </summary>
public sealed partial class ConversationPortTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] Internal = [typeof(ConversationStore), typeof(ConversationHandler)];

    [Fact]
    public void ProgramTypes_HoldOrTake_NoConversationInternals()
    {
        var offenders = new List<string>();
        foreach (var type in new[] { typeof(ChatCommand).Assembly, typeof(global::XinfangBot.Web.WebOptions).Assembly }.SelectMany(a => a.GetTypes()))
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
    public void ChatCommand_TakesTheConversationPort()
    {
        var parameters = typeof(ChatCommand).GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);

        Assert.Contains(typeof(ConversationService), parameters);
    }

    [Theory]
    [InlineData("XinfangBot")]
    [InlineData("XinfangBot.Web")]
    public void ProgramSources_NameNoConversationInternals(string project)
    {
        var folder = Path.GetFullPath(Path.Combine(SourceDirectory(), "../../../src", project));
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 10, $"only {files.Count} source files found under {folder}");

        var offenders = files.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => InternalName().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(folder, x.f)}:{x.i + 1}")
            .ToList();

        Assert.Empty(offenders);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex(@"\b(ConversationStore|ConversationHandler)\b")]
    private static partial Regex InternalName();
}
