using System.Text;

namespace XinfangBot.Commands;

/// <summary>
/// Reads lines of at most <see cref="MaxChars"/> characters: a longer line is consumed to its end and reported as too
/// long, so one huge or binary line costs bounded memory and still counts as exactly one line.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    public const int MaxChars = 1_000_000;

    private readonly char[] _buffer = new char[8192];
    private int _position;
    private int _length;

    /// <summary>The next line (null at the end of input); <c>TooLong</c> when it exceeded <see cref="MaxChars"/> (its text is then empty).</summary>
    public async Task<(string? Line, bool TooLong)> ReadAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    return any ? (tooLong ? string.Empty : TrimCr(line), tooLong) : (null, false);
                }
            }

            any = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf('\n');
            var take = newline < 0 ? span : span[..newline];
            if (!tooLong)
            {
                if (line.Length + take.Length > MaxChars)
                {
                    tooLong = true;
                    line.Clear();
                }
                else
                {
                    line.Append(take);
                }
            }

            _position += take.Length;
            if (newline >= 0)
            {
                _position++;
                return (tooLong ? string.Empty : TrimCr(line), tooLong);
            }
        }
    }

    private static string TrimCr(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return line.ToString();
    }
}
