using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace XinfangBot.Core.Knowledge;

/// <summary>A line diff between two versions of an entry (DiffPlex), with a few unchanged lines around each change.</summary>
public static class RevisionDiff
{
    /// <summary>The changed lines with <paramref name="context"/> unchanged lines around them; a null line marks a gap.</summary>
    public static IReadOnlyList<DiffLine?> Lines(string? before, string? after, int context = 2)
    {
        var model = InlineDiffBuilder.Diff(before ?? string.Empty, after ?? string.Empty, ignoreWhiteSpace: false, ignoreCase: false);
        var all = new List<DiffLine>();
        int oldLine = 0, newLine = 0;
        foreach (var piece in model.Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Inserted:
                    all.Add(new DiffLine('+', null, ++newLine, piece.Text ?? string.Empty));
                    break;
                case ChangeType.Deleted:
                    all.Add(new DiffLine('-', ++oldLine, null, piece.Text ?? string.Empty));
                    break;
                case ChangeType.Imaginary:
                    break;
                default:
                    all.Add(new DiffLine(' ', ++oldLine, ++newLine, piece.Text ?? string.Empty));
                    break;
            }
        }

        var keep = new bool[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Mark != ' ')
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(all.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var result = new List<DiffLine?>();
        for (var i = 0; i < all.Count; i++)
        {
            if (keep[i])
            {
                if (result.Count > 0 && !keep[i - 1])
                {
                    result.Add(null);
                }

                result.Add(all[i]);
            }
        }

        return result;
    }

    /// <summary>The diff as text: <c>+</c>/<c>-</c>/space, the line number in the newer (or older) version, the line.</summary>
    public static string Render(string? before, string? after, int context = 2) =>
        string.Join('\n', Lines(before, after, context).Select(l => l is null
            ? "  …"
            : $"{l.Mark} {(l.NewLine ?? l.OldLine),4} {l.Text}"));
}

/// <summary>One line of a diff: <c>+</c> added, <c>-</c> removed, space unchanged, with its line numbers.</summary>
public sealed record DiffLine(char Mark, int? OldLine, int? NewLine, string Text);
