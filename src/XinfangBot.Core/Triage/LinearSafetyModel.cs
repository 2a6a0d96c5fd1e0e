using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace XinfangBot.Core.Triage;

/// <summary>
/// The safety classifier's trained linear model scored with plain arithmetic, so a start that finds it beside the
/// database never loads ML.NET. It repeats what the ML.NET pipeline does at prediction: the text normalized (lower
/// case, punctuation and combining diacritics removed, letters with diacritics mapped to their base letter), framed by
/// the start and end marker characters, its character 1–3-grams counted (only those of the training vocabulary), the
/// counts scaled to unit L2 length, one linear score per label and a softmax. Written only after it gave the same
/// probabilities as ML.NET on the whole training corpus (<see cref="SafetyClassifier"/> checks it).
/// </summary>
internal sealed class LinearSafetyModel
{
    internal const char StartMarker = '\u0002';
    internal const char EndMarker = '\u0003';
    internal const int MaxGram = 3;

    private static readonly byte[] Magic = "XFB-SAFETY-LINEAR-1"u8.ToArray();

    /// <summary>
    /// Each feature slot's n-gram packed into a number (<see cref="Pack"/>: its length and its up to three UTF-16 code
    /// units), not a string: ~93,000 slots as strings held ~3.5 MiB of the process's memory and allocated as much again
    /// at every start.
    /// </summary>
    private readonly Dictionary<ulong, int> _slots;
    private readonly float[][] _weights;
    private readonly float[] _biases;

    internal LinearSafetyModel(IReadOnlyList<string> grams, float[][] weights, float[] biases, int crisisClass, int threatClass, int items)
        : this(grams.Count, weights, biases, crisisClass, threatClass, items)
    {
        for (var i = 0; i < grams.Count; i++)
        {
            _slots.Add(Pack(grams[i]), i);
        }
    }

    private LinearSafetyModel(int features, float[][] weights, float[] biases, int crisisClass, int threatClass, int items)
    {
        _slots = new Dictionary<ulong, int>(features);
        _weights = weights;
        _biases = biases;
        CrisisClass = crisisClass;
        ThreatClass = threatClass;
        Items = items;
    }

    /// <summary>The n-gram of every feature slot, in slot order (markers included).</summary>
    internal IReadOnlyList<string> Grams
    {
        get
        {
            var grams = new string[_slots.Count];
            foreach (var (key, slot) in _slots)
            {
                grams[slot] = Unpack(key);
            }

            return grams;
        }
    }

    /// <summary>An n-gram of 1 to <see cref="MaxGram"/> code units as one number: its length in bits 48–49, its code units in bits 0–47.</summary>
    private static ulong Pack(ReadOnlySpan<char> gram)
    {
        if (gram.Length is < 1 or > MaxGram)
        {
            throw new ArgumentException($"an n-gram has 1 to {MaxGram} characters: '{gram}'", nameof(gram));
        }

        var key = (ulong)gram.Length << 48;
        for (var i = 0; i < gram.Length; i++)
        {
            key |= (ulong)gram[i] << (16 * i);
        }

        return key;
    }

    private static string Unpack(ulong key)
    {
        Span<char> gram = stackalloc char[MaxGram];
        var length = (int)(key >> 48);
        for (var i = 0; i < length; i++)
        {
            gram[i] = (char)(key >> (16 * i));
        }

        return new string(gram[..length]);
    }

    internal int CrisisClass { get; }

    internal int ThreatClass { get; }

    internal int Items { get; }

    /// <summary>Probabilities of crisis and threat, as ML.NET's prediction engine gives them.</summary>
    public (double Crisis, double Threat) Predict(string text)
    {
        var scores = Scores(text);
        return (scores[CrisisClass], scores[ThreatClass]);
    }

    internal float[] Scores(string text)
    {
        var classes = _biases.Length;
        var scores = new float[classes];
        var normalized = Normalize(text);
        if (normalized.Length > 0)
        {
            var framed = string.Concat(StartMarker.ToString(), normalized, EndMarker.ToString());
            var counts = new Dictionary<int, int>();
            for (var start = 0; start < framed.Length; start++)
            {
                for (var length = 1; length <= MaxGram && start + length <= framed.Length; length++)
                {
                    if (_slots.TryGetValue(Pack(framed.AsSpan(start, length)), out var slot))
                    {
                        counts[slot] = counts.GetValueOrDefault(slot) + 1;
                    }
                }
            }

            var squares = 0f;
            foreach (var count in counts.Values)
            {
                squares += (float)count * count;
            }

            if (squares > 0)
            {
                var scale = 1f / MathF.Sqrt(squares);
                foreach (var (slot, count) in counts.OrderBy(c => c.Key))
                {
                    var value = count * scale;
                    for (var c = 0; c < classes; c++)
                    {
                        scores[c] += _weights[c][slot] * value;
                    }
                }
            }
        }

        for (var c = 0; c < classes; c++)
        {
            scores[c] += _biases[c];
        }

        // Softmax through the log of the sum (stable for large scores).
        var max = scores.Max();
        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp(score - max);
        }

        var log = (float)(max + Math.Log(sum));
        for (var c = 0; c < classes; c++)
        {
            scores[c] = MathF.Exp(scores[c] - log);
        }

        return scores;
    }

    /// <summary>ML.NET's text normalizer as the featurizer is configured (lower case, no punctuation, numbers kept, no diacritics).</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            if (char.IsPunctuation(original) || IsCombiningDiacritic(original))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(WithoutDiacritic(original)));
        }

        return builder.ToString();
    }

    /// <summary>Combining marks the normalizer drops: the basic block, and Hebrew and Arabic points.</summary>
    private static bool IsCombiningDiacritic(char c) =>
        c is (>= '\u0300' and <= '\u036F') or (>= '\u0591' and <= '\u05BD') or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7'
            or (>= '\u0610' and <= '\u0615') or (>= '\u064C' and <= '\u065E') or '\u0670';

    /// <summary>
    /// A Latin, Greek or Cyrillic letter with diacritics (U+00C0–U+04FF) as its base letter: the letters whose canonical
    /// decomposition is a letter followed by combining marks only.
    /// </summary>
    private static char WithoutDiacritic(char c)
    {
        if (c < '\u00C0' || c > '\u04FF')
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || decomposed[0] == c)
        {
            return c;
        }

        for (var i = 1; i < decomposed.Length; i++)
        {
            if (decomposed[i] is < '\u0300' or > '\u036F')
            {
                return c;
            }
        }

        return decomposed[0];
    }

    /// <summary>The n-grams (with markers) a text yields, as the training vocabulary was built from it.</summary>
    internal static IEnumerable<string> GramsOf(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            yield break;
        }

        var framed = string.Concat(StartMarker.ToString(), normalized, EndMarker.ToString());
        for (var start = 0; start < framed.Length; start++)
        {
            for (var length = 1; length <= MaxGram && start + length <= framed.Length; length++)
            {
                yield return framed.Substring(start, length);
            }
        }
    }

    /// <summary>
    /// The slot name ML.NET gives an n-gram: each character's key name joined with '|'. Null for a character whose name
    /// this does not know (C1 controls); surrogates all share one name there, which the caller resolves another way.
    /// </summary>
    internal static string? SlotName(string gram)
    {
        var names = new string[gram.Length];
        for (var i = 0; i < gram.Length; i++)
        {
            var c = gram[i];
            string? name = c switch
            {
                <= ' ' => string.Concat("<", ((char)(c + '\u2400')).ToString(), ">"),
                >= '\uD800' and <= '\uDFFF' => SurrogateName,
                '\u007F' => "<\u2421>",
                >= '\u0080' and <= '\u009F' => null,
                '\u2028' => "<LSEP>",
                '\u2029' => "<PSEP>",
                _ => c.ToString(),
            };
            if (name is null)
            {
                return null;
            }

            names[i] = name;
        }

        return string.Join('|', names);
    }

    /// <summary>The name every surrogate code unit gets in ML.NET's key names (a format string without a digit placeholder).</summary>
    internal static readonly string SurrogateName = string.Format(CultureInfo.InvariantCulture, "\\u{0:4X}", 0xD800);

    /// <summary>Writes the model (checksummed, owner-only on Unix) through a temporary file.</summary>
    internal bool TrySave(string path)
    {
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            using var body = new MemoryStream();
            using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                var grams = Grams;
                writer.Write(grams.Count);
                writer.Write(_biases.Length);
                writer.Write(CrisisClass);
                writer.Write(ThreatClass);
                writer.Write(Items);
                foreach (var bias in _biases)
                {
                    writer.Write(bias);
                }

                foreach (var gram in grams)
                {
                    writer.Write((byte)gram.Length);
                    foreach (var c in gram)
                    {
                        writer.Write((ushort)c);
                    }
                }

                foreach (var row in _weights)
                {
                    foreach (var weight in row)
                    {
                        writer.Write(weight);
                    }
                }
            }

            var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                stream.Write(body.GetBuffer().AsSpan(0, (int)body.Length));
                stream.Write(hash);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            return false;
        }
    }

    /// <summary>Reads a model written by <see cref="TrySave"/>; null when it is missing, damaged or not for <paramref name="items"/> messages.</summary>
    internal static LinearSafetyModel? TryLoad(string path, int items)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < Magic.Length + 32)
            {
                return null;
            }

            var body = bytes.AsSpan(0, bytes.Length - 32);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)) || !body[..Magic.Length].SequenceEqual(Magic))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, body.Length - Magic.Length, writable: false));
            var features = reader.ReadInt32();
            var classes = reader.ReadInt32();
            var crisis = reader.ReadInt32();
            var threat = reader.ReadInt32();
            var stored = reader.ReadInt32();
            if (stored != items || features < 0 || classes < 2 || crisis < 0 || crisis >= classes || threat < 0 || threat >= classes)
            {
                return null;
            }

            var biases = new float[classes];
            for (var c = 0; c < classes; c++)
            {
                biases[c] = reader.ReadSingle();
            }

            var model = new LinearSafetyModel(features, new float[classes][], biases, crisis, threat, items);
            for (var i = 0; i < features; i++)
            {
                int length = reader.ReadByte();
                if (length is < 1 or > MaxGram)
                {
                    return null;
                }

                var key = (ulong)length << 48;
                for (var j = 0; j < length; j++)
                {
                    key |= (ulong)reader.ReadUInt16() << (16 * j);
                }

                if (!model._slots.TryAdd(key, i))
                {
                    return null;
                }
            }

            var weights = model._weights;
            for (var c = 0; c < classes; c++)
            {
                weights[c] = new float[features];
                for (var i = 0; i < features; i++)
                {
                    weights[c][i] = reader.ReadSingle();
                }
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? model : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }
}
