using System.Text;

namespace XinfangBot.Core.Knowledge;

/// <summary>What a knowledge or rules file may be: at most <see cref="MaxBytes"/>, UTF-8 text (a BOM is accepted and dropped).</summary>
public static class KnowledgeFileLimits
{
    /// <summary>4 MiB: the longest law in the knowledge base is about 100 KB.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    public static KnowledgeError? Check(string path, string display)
    {
        var length = new FileInfo(path).Length;
        return length > MaxBytes
            ? new KnowledgeError(display, 1, $"file is {length / 1048576.0:F1} MB; a knowledge or rules file may be at most {MaxBytes / 1048576} MB")
            : null;
    }

    /// <summary>Decodes strict UTF-8 and drops a leading byte-order mark; throws <see cref="DecoderFallbackException"/> when not UTF-8.</summary>
    public static string Decode(byte[] bytes)
    {
        var text = new UTF8Encoding(false, true).GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    public static string ReadText(string path) => Decode(File.ReadAllBytes(path));
}
