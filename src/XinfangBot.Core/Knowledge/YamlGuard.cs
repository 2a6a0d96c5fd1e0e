using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// Checks YAML before it is deserialized: no anchors or aliases (they can expand a small file into millions of nodes,
/// and knowledge files never need them), no key written twice in one mapping (YAML silently keeps one of them), a
/// bounded number of nodes and nesting depth, and a syntax error reported with its line.
/// </summary>
public static class YamlGuard
{
    public const int MaxNodes = 200_000;
    public const int MaxDepth = 64;

    /// <summary>The first problem of <paramref name="yaml"/>, or null; <paramref name="firstLine"/> is the file line of the text's first line.</summary>
    public static KnowledgeError? Check(string file, string yaml, int firstLine = 1)
    {
        var frames = new Stack<Frame>();
        var nodes = 0;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var line = (int)current.Start.Line + firstLine - 1;
                switch (current)
                {
                    case AnchorAlias alias:
                        return new KnowledgeError(file, line, $"YAML alias *{alias.Value} is not allowed (anchors and aliases are not used in knowledge files)");
                    case NodeEvent { Anchor.IsEmpty: false } anchored:
                        return new KnowledgeError(file, line, $"YAML anchor &{anchored.Anchor} is not allowed (anchors and aliases are not used in knowledge files)");
                    case MappingEnd or SequenceEnd:
                        frames.Pop();
                        continue;
                }

                if (current is not NodeEvent node)
                {
                    continue;
                }

                if (++nodes > MaxNodes)
                {
                    return new KnowledgeError(file, line, $"YAML has more than {MaxNodes} nodes");
                }

                if (frames.TryPeek(out var parent) && parent.Keys is not null)
                {
                    if (parent.ExpectingKey && node is Scalar key && !parent.Keys.Add(key.Value))
                    {
                        return new KnowledgeError(file, line, $"key '{key.Value}' appears twice in the same mapping");
                    }

                    parent.ExpectingKey = !parent.ExpectingKey;
                }

                if (node is MappingStart or SequenceStart)
                {
                    if (frames.Count >= MaxDepth)
                    {
                        return new KnowledgeError(file, line, $"YAML is nested deeper than {MaxDepth} levels");
                    }

                    frames.Push(new Frame(node is MappingStart ? new HashSet<string>(StringComparer.Ordinal) : null));
                }
            }

            return null;
        }
        catch (YamlException ex)
        {
            return new KnowledgeError(file, (int)ex.Start.Line + firstLine - 1, "YAML syntax: " + (ex.InnerException?.Message ?? ex.Message));
        }
    }

    /// <summary>Throws <see cref="InvalidDataException"/> naming file and line when <paramref name="path"/> breaks a rule of <see cref="Check"/>.</summary>
    public static void CheckFile(string path, string? displayName = null)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var error = KnowledgeFileLimits.Check(path, displayName ?? path)
            ?? Check(displayName ?? path, KnowledgeFileLimits.ReadText(path));
        if (error is not null)
        {
            throw new InvalidDataException(error.ToString());
        }
    }

    private sealed class Frame(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;
        public bool ExpectingKey { get; set; } = true;
    }
}
