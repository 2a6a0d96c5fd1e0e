namespace XinfangBot.Telegram.Rendering;

/// <summary>An inline keyboard as rows of buttons; translated to Telegram's markup only when sending.</summary>
internal sealed record Keyboard(IReadOnlyList<IReadOnlyList<Button>> Rows)
{
    public static Keyboard? Of(IEnumerable<IReadOnlyList<Button>> rows)
    {
        var list = rows.Where(r => r.Count > 0).ToList();
        return list.Count == 0 ? null : new Keyboard(list);
    }
}
