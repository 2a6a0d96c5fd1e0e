using System.Globalization;

namespace XinfangBot.Core.Knowledge;

/// <summary>
/// A file changed in the folder and edited in LiteDB since its last import. The newer side is kept: the folder when
/// its file is newer than the edit (<see cref="FolderKept"/>), otherwise the edit; both stay in the history.
/// </summary>
public sealed record ImportConflict(string File, string Editor, DateTime EditedUtc, bool FolderKept)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{File}: changed in the folder and edited by {Editor} at {EditedUtc:yyyy-MM-dd HH:mm}Z; kept the {(FolderKept ? "folder's newer file (the edit stays in kb history)" : "newer edit (kb export writes it to the folder)")}");
}
