using System.Text.Json;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Tests.Support;
using XinfangBot.Core.Triage;

namespace XinfangBot.Core.Tests.Triage;

public sealed class TriageRulesTests
{
    private static readonly RuleBook Rules = new(TestPaths.Rules, TestPaths.Prompts);

    public static TheoryData<string, string?> Cases()
    {
        var data = new TheoryData<string, string?>();
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "XinfangBot.Core.Tests", "Triage", "triage-cases.jsonl");
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var doc = JsonDocument.Parse(line);
            var kind = doc.RootElement.GetProperty("kind");
            data.Add(doc.RootElement.GetProperty("text").GetString()!, kind.ValueKind == JsonValueKind.Null ? null : kind.GetString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_LabelledCase_GivesItsKind(string text, string? kind)
    {
        var expected = kind is null ? TriageKind.None : TriageRules.ParseKind(kind)!.Value;
        Assert.Equal(expected, KindOf(text));
    }

    [Fact]
    public void Load_ShippedRules_HaveEveryEscalationKind()
    {
        Assert.True(Rules.Triage.Count > 20);
        Assert.Equal(TriageKind.Crisis, KindOf("我不想活了"));
        Assert.Equal(TriageKind.Threat, KindOf("我要放火烧了他家"));
        Assert.Equal(TriageKind.HumanRequest, KindOf("转人工"));
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"triage-missing-{Guid.NewGuid():N}.yaml");
        var ex = Assert.Throws<FileNotFoundException>(() => TriageRules.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The kind the engine acts on: the safety triage's alarm first, then the other triage kinds.</summary>
    private static TriageKind KindOf(string text)
    {
        var normalized = Rules.Normalizer.Normalize(text).Text;
        var safety = Rules.Safety.Assess(normalized);
        if (safety.IsAlarm)
        {
            return safety.Kind == SafetyLabel.Crisis ? TriageKind.Crisis : TriageKind.Threat;
        }

        return Rules.Triage.Classify(normalized).Kind;
    }

    [Fact]
    public void Load_BadRegex_FailsNamingTheRule()
    {
        var path = Path.Combine(Path.GetTempPath(), $"triage-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "rules:\n  - kind: crisis\n    patterns: [\"re:(unclosed\"]\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => TriageRules.Load(path));
            Assert.Contains("rule 1", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
