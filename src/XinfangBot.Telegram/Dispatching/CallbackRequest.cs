using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace XinfangBot.Telegram.Dispatching;

/// <summary>
/// Callback data, validated: the formats of <see cref="CallbackKind"/> and nothing else. Data a client forged or an old
/// version of the bot sent does not parse, and the citizen gets a harmless "button expired" reply.
/// </summary>
internal sealed partial record CallbackRequest(CallbackKind Kind, long Number = 0, int Index = 0, string? Topic = null)
{
    private const int MaxBytes = 64;

    public static CallbackRequest Roadmap() => new(CallbackKind.Roadmap);

    public static CallbackRequest Domain(int index) => new(CallbackKind.Domain, Index: index);

    public static CallbackRequest ForTopic(string topicId) => new(CallbackKind.Topic, Topic: topicId);

    public static CallbackRequest Feedback(long messageId, bool useful) => new(CallbackKind.Feedback, messageId, useful ? 1 : 0);

    public static CallbackRequest Followup(long messageId, int index) => new(CallbackKind.Followup, messageId, index);

    public static CallbackRequest GuideFollowup(string topicId, int index) => new(CallbackKind.GuideFollowup, Index: index, Topic: topicId);

    public static CallbackRequest Human() => new(CallbackKind.Human);

    public static CallbackRequest Forget(bool confirm) => new(confirm ? CallbackKind.ForgetConfirm : CallbackKind.ForgetCancel);

    public bool Useful => Index == 1;

    public string Format() => Kind switch
    {
        CallbackKind.Roadmap => "r",
        CallbackKind.Domain => string.Create(CultureInfo.InvariantCulture, $"d:{Index}"),
        CallbackKind.Topic => $"t:{Topic}",
        CallbackKind.Feedback => string.Create(CultureInfo.InvariantCulture, $"f:{Number}:{Index}"),
        CallbackKind.Followup => string.Create(CultureInfo.InvariantCulture, $"q:{Number}:{Index}"),
        CallbackKind.GuideFollowup => string.Create(CultureInfo.InvariantCulture, $"u:{Index}:{Topic}"),
        CallbackKind.Human => "h",
        CallbackKind.ForgetConfirm => "x:forget-confirm",
        CallbackKind.ForgetCancel => "x:forget-cancel",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
    };

    public static bool TryParse(string? data, out CallbackRequest request)
    {
        request = Roadmap();
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return false;
        }

        switch (data)
        {
            case "r":
                return true;
            case "h":
                request = Human();
                return true;
            case "x:forget-confirm":
                request = Forget(true);
                return true;
            case "x:forget-cancel":
                request = Forget(false);
                return true;
        }

        var match = Pattern().Match(data);
        if (!match.Success)
        {
            return false;
        }

        var a = match.Groups["a"].Value;
        var b = match.Groups["b"].Value;
        switch (match.Groups["k"].Value)
        {
            case "d" when b.Length == 0 && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var domain) && domain < 100:
                request = Domain(domain);
                return true;
            case "t" when b.Length == 0 && IsTopicId(a):
                request = ForTopic(a);
                return true;
            case "f" when b is "0" or "1" && TryId(a, out var messageId):
                request = Feedback(messageId, b == "1");
                return true;
            case "q" when TryId(a, out var answerId) && TryIndex(b, out var index):
                request = Followup(answerId, index);
                return true;
            case "u" when TryIndex(a, out var guideIndex) && IsTopicId(b):
                request = GuideFollowup(b, guideIndex);
                return true;
            default:
                return false;
        }
    }

    public static bool IsTopicId(string value) => TopicId().IsMatch(value);

    private static bool TryId(string value, out long id) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private static bool TryIndex(string value, out int index) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < 20;

    [GeneratedRegex(@"^(?<k>[dtfqu]):(?<a>[a-z0-9/-]{1,48})(?::(?<b>[a-z0-9/-]{1,48}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(guide|faq)/[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicId();
}
