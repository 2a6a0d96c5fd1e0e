namespace XinfangBot.Core.Insights;

/// <summary>How alike two questions are: Jaccard overlap of their character bigrams (letters and digits only).</summary>
internal static class QuestionSimilarity
{
    public static HashSet<string> Bigrams(string text)
    {
        var chars = (text ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (chars.Length == 1)
        {
            set.Add(chars[0].ToString());
        }

        for (var i = 0; i + 1 < chars.Length; i++)
        {
            set.Add(new string(chars, i, 2));
        }

        return set;
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
