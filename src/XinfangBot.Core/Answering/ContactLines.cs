using System.Text.RegularExpressions;
using XinfangBot.Core.Knowledge;

namespace XinfangBot.Core.Answering;

/// <summary>
/// The 找谁 lines of an answer: for the channels leading it (the primary, and a second matter's), the contact line of
/// rules/channels.yaml when that channel is marked <c>show_how</c> and the answer does not already give its number.
/// </summary>
internal static partial class ContactLines
{
    public const int MaxLines = 2;

    public static List<string> For(IReadOnlyList<string> leadingChannels, IEnumerable<string> shownLines, ChannelCatalog catalog, string template)
    {
        var shown = string.Join('\n', shownLines);
        var lines = new List<string>();
        foreach (var id in leadingChannels.Distinct(StringComparer.Ordinal))
        {
            var info = catalog[id];
            if (!info.ShowHow || string.IsNullOrWhiteSpace(info.How) || shown.Contains(info.How, StringComparison.Ordinal))
            {
                continue;
            }

            // A hotline the steps already name (12388, 12345 …) is not repeated.
            var numbers = Number().Matches(info.How).Select(m => m.Value).ToList();
            if (numbers.Count > 0 && numbers.All(n => shown.Contains(n, StringComparison.Ordinal)))
            {
                continue;
            }

            lines.Add(OfflineComposer.Fill(template, ("name", info.Name), ("how", info.How)));
            if (lines.Count == MaxLines)
            {
                break;
            }
        }

        return lines;
    }

    [GeneratedRegex("[0-9]{3,}")]
    private static partial Regex Number();
}
