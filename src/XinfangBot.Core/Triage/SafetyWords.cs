using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace XinfangBot.Core.Triage;

/// <summary>
/// Word features for the safety classifier: the message segmented by SmartCn (as the retrieval segments it), each word
/// written as one private-use character chosen by a stable hash of the word, appended after the text. The character
/// n-gram featurizer then reads word unigrams, bigrams and trigrams beside the character n-grams, and the plain-C# scorer
/// (<see cref="LinearSafetyModel"/>) needs nothing new: both read the same augmented text. Deterministic (FNV-1a, the
/// same on every machine); words are hashed into <see cref="Buckets"/> symbols, so two rare words may share one.
/// </summary>
internal static class SafetyWords
{
    /// <summary>The private-use block U+E000–U+F8FF: one symbol per bucket.</summary>
    internal const int Buckets = 0xF900 - 0xE000;

    private const char First = '\uE000';

    private static readonly SmartChineseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    /// <summary>The text, a space, and one symbol per word of the text.</summary>
    public static string Augment(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var symbols = new System.Text.StringBuilder(text.Length + 1 + text.Length);
        symbols.Append(text).Append(' ');
        using (var stream = Analyzer.GetTokenStream("text", new StringReader(text)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (term.Length == 0 || char.IsPunctuation(term.Buffer[0]) || char.IsWhiteSpace(term.Buffer[0]))
                {
                    continue;
                }

                var hash = 2166136261u;
                for (var i = 0; i < term.Length; i++)
                {
                    hash = (hash ^ term.Buffer[i]) * 16777619u;
                }

                symbols.Append((char)(First + (int)(hash % Buckets)));
            }

            stream.End();
        }

        return symbols.ToString();
    }
}
