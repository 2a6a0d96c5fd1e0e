using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace XinfangBot.Core.Understanding;

/// <summary>
/// What a message asks about (rules/aspects.yaml): time, materials or where to go, the guide section answering each,
/// whether it says it holds several matters, and whether it starts like a follow-up. Every key is required; start-up
/// fails naming the file and the key when one is missing, empty or not a valid expression.
/// </summary>
public sealed class AspectRules
{
    private readonly Regex _time;
    private readonly Regex _materials;
    private readonly Regex _where;
    private readonly Regex _several;
    private readonly Regex _added;
    private readonly Regex _followUp;
    private readonly Regex _newMatter;
    private readonly Regex _switch;
    private readonly Regex _storyGoesOn;
    private readonly IReadOnlyList<string> _materialsArticles;
    private readonly HashSet<string> _remedies;

    private AspectRules(FileDto file, string path)
    {
        _time = WordPattern.Any(WordPattern.Required(file.Time?.Words, path, "time.words"));
        _materials = WordPattern.Any(WordPattern.Required(file.Materials?.Words, path, "materials.words"));
        _where = WordPattern.Any(WordPattern.Required(file.Where?.Words, path, "where.words"));
        _several = WordPattern.Any(WordPattern.Required(file.SeveralMatters, path, "several_matters"));
        _added = WordPattern.Any(WordPattern.Required(file.AddedMatter, path, "added_matter"));
        var openings = WordPattern.Required(file.Acknowledgements, path, "acknowledgements");
        _followUp = WordPattern.AtStartAfter(WordPattern.Required(file.FollowupStart, path, "followup_start"), openings);
        _newMatter = WordPattern.AtStartAfter(WordPattern.Required(file.NewMatterStart, path, "new_matter_start"), openings);
        _switch = WordPattern.AtStartAfter(WordPattern.Required(file.SwitchStart, path, "switch_start"), openings);
        _storyGoesOn = WordPattern.AtStartAfter(WordPattern.Required(file.StoryGoesOn, path, "story_goes_on"), openings);
        _materialsArticles = WordPattern.Required(file.Materials?.Articles, path, "materials.articles");
        _remedies = new HashSet<string>(WordPattern.Required(file.RemedyWords, path, "remedy_words"), StringComparer.Ordinal);
        TimeSection = WordPattern.Required(file.Time?.Section, path, "time.section");
        MaterialsSection = WordPattern.Required(file.Materials?.Section, path, "materials.section");
        TimeHeading = "## " + TimeSection;
    }

    /// <summary>The body section of a guide or FAQ (## …) whose lines answer a time question.</summary>
    public string TimeSection { get; }

    /// <summary>The heading line of <see cref="TimeSection"/> in an entry's text.</summary>
    public string TimeHeading { get; }

    /// <summary>The body section of a guide listing the materials to prepare.</summary>
    public string MaterialsSection { get; }

    public static AspectRules Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: aspect rules not found", path);
        }

        FileDto? file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<FileDto>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        return new AspectRules(file ?? new FileDto(), path);
    }

    /// <summary>The aspects <paramref name="text"/> asks about.</summary>
    public Aspect Detect(string text)
    {
        var aspect = Aspect.None;
        if (_time.Found(text))
        {
            aspect |= Aspect.Time;
        }

        if (_materials.Found(text))
        {
            aspect |= Aspect.Materials;
        }

        if (_where.Found(text))
        {
            aspect |= Aspect.Where;
        }

        return aspect;
    }

    /// <summary>True when <paramref name="text"/> asks about time (how long, a deadline, whether it is too late).</summary>
    public bool AsksTime(string text) => _time.Found(text);

    /// <summary>True when the message says it raises more than one matter (另外, 还有一件 …).</summary>
    public bool SaysSeveralMatters(string text) => _several.Found(text);

    /// <summary>True when the keyword only names a remedy (申请复议, 劳动仲裁, 报警): a step of the matter told, not a
    /// matter of its own.</summary>
    public bool IsRemedy(string keyword) => _remedies.Contains(keyword);

    /// <summary>True when there are keywords and every one only names a remedy (<see cref="IsRemedy"/>).</summary>
    public bool OnlyRemedies(IReadOnlyCollection<string> keywords) => keywords.Count > 0 && keywords.All(_remedies.Contains);

    /// <summary>True when a clause is told as one more thing (而且…, 二是…, 还 as "also").</summary>
    public bool AddsMatter(string clause) => _added.Found(clause);

    /// <summary>True when the message starts like a follow-up (那…, 还有…, 这个…).</summary>
    public bool StartsLikeFollowUp(string text) => _followUp.Found(text);

    /// <summary>True when the message starts by announcing another question (我还想问…, 另外问个事…).</summary>
    public bool StartsNewMatter(string text) => _newMatter.Found(text);

    /// <summary>True when the message starts by turning to something else (对了…, 另外…, 另一件事…): another matter when it
    /// tells a grievance of its own, more of the same one otherwise (对了，他们又说要等).</summary>
    public bool StartsSwitch(string text) => _switch.Found(text);

    /// <summary>
    /// True when the message starts by telling what the other side of the story just discussed did or is (他家一直没人…,
    /// 打我的人是…, 老板今天又说…): it goes on with that matter, though it may name another one in passing.
    /// </summary>
    public bool GoesOnWithStory(string text) => _storyGoesOn.Found(text);

    /// <summary>True when an article's text is about materials (what a submission must hold).</summary>
    public bool IsAboutMaterials(string articleText) =>
        _materialsArticles.Any(w => articleText.Contains(w, StringComparison.Ordinal));

    private sealed class FileDto
    {
        public AspectDto? Time { get; set; }
        public AspectDto? Materials { get; set; }
        public AspectDto? Where { get; set; }
        public List<string>? SeveralMatters { get; set; }
        public List<string>? AddedMatter { get; set; }
        public List<string>? RemedyWords { get; set; }
        public List<string>? FollowupStart { get; set; }
        public List<string>? NewMatterStart { get; set; }
        public List<string>? SwitchStart { get; set; }
        public List<string>? StoryGoesOn { get; set; }
        public List<string>? Acknowledgements { get; set; }
    }

    private sealed class AspectDto
    {
        public List<string>? Words { get; set; }
        public string? Section { get; set; }
        public List<string>? Articles { get; set; }
    }
}
