using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Triage;

/// <summary>
/// The thresholds of lexicon.yaml's <c>decision</c> section. The lexicon alarms at <see cref="LexiconAlarm"/>; the model
/// alarms at <see cref="ModelAlarm"/> when a danger cue occurs in the message, or alone at <see cref="ModelAlone"/>;
/// a half-signal of the lexicon with a model probability over <see cref="ModelUncertain"/> alarms too.
/// </summary>
public sealed class SafetyDecision
{
    public double LexiconAlarm { get; set; } = 1.0;
    public double LexiconUncertain { get; set; } = 0.5;
    public double ModelAlarm { get; set; } = 0.5;
    public double ModelAlone { get; set; } = 0.8;
    public double ModelUncertain { get; set; } = 0.25;
    public int ModelMinLength { get; set; } = 5;

    /// <summary>
    /// Sentence reading of long messages: a sentence in the first person whose own model probability reaches this alarms
    /// (higher than <see cref="ModelAlone"/>; never on a lawful plan or what the lexicon explains). 0 turns it off.
    /// </summary>
    public double SentenceAlarm { get; set; }

    /// <summary>
    /// Threat rules that name harm done to another person (violent-act, harm-target …). When one of them and a crisis rule
    /// both alarm, the message tells a murder-suicide (先把他捅了再跳下去): a threat whose reply also gives crisis help.
    /// A threat rule that only names a shared means (汽油, 炭) does not count: that is the writer's own method.
    /// </summary>
    public List<string> HarmToOthers { get; set; } = [];

    /// <summary>
    /// A message a lawful step silences (已经起诉了, 上访了五年) is also read without its lawful clauses for the writer's own
    /// crisis (not for threats: there the lawful step is the answer to the anger): what is left, in the first person
    /// with a danger word of its own and nothing the guards explain, alarms when the model scores it at this or more (a
    /// past lawful step told as background does not hide a method in hand). 0 turns it off.
    /// </summary>
    public double LawfulRestAlarm { get; set; }

    /// <summary>Messages at least this long are also read sentence by sentence.</summary>
    public int SentenceFrom { get; set; } = 60;

    public static SafetyDecision Load(string path)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var file = yaml.Deserialize<FileDto>(File.ReadAllText(path));
        return Checked(file?.Decision, path);
    }

    /// <summary>The section as read from the file at <paramref name="path"/> (defaults when absent), once its thresholds are checked.</summary>
    internal static SafetyDecision Checked(SafetyDecision? section, string path)
    {
        var d = section ?? new SafetyDecision();
        var values = new[] { d.LexiconAlarm, d.LexiconUncertain, d.ModelAlarm, d.ModelAlone, d.ModelUncertain };
        if (d.SentenceAlarm is < 0 or > 1 || d.LawfulRestAlarm is < 0 or > 1 || d.SentenceFrom < 1 || values.Any(v => v is <= 0 or > 10) || d.ModelUncertain > d.ModelAlarm || d.ModelAlarm > d.ModelAlone || d.LexiconUncertain > d.LexiconAlarm)
        {
            throw new InvalidDataException($"{path}: decision thresholds must be positive and ordered (uncertain ≤ alarm ≤ alone), sentence_alarm and lawful_rest_alarm within 0–1 and sentence_from at least 1");
        }

        return d;
    }

    private sealed class FileDto
    {
        public SafetyDecision? Decision { get; set; }
    }
}
