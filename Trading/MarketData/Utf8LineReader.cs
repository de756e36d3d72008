namespace SmartMarket.Trading.MarketData;

/// <summary>
/// Splits a stream into lines without decoding or copying them: each line is a span over an internal buffer,
/// valid until the next read. Accepts LF and CRLF endings and a last line without one.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int MaxLineLength = 1 << 20;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string _sourceName;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;

    public Utf8LineReader(Stream stream, string sourceName, bool leaveOpen)
    {
        _stream = stream;
        _sourceName = sourceName;
        _leaveOpen = leaveOpen;
    }

    /// <summary>1-based number of the last line read; 0 before the first.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes not yet read, where the stream can tell; used to size result arrays.</summary>
    public long? RemainingBytes => _stream.CanSeek ? _stream.Length - _stream.Position + (_end - _start) : null;

    /// <exception cref="CandleFormatException">A line is longer than 1 MiB.</exception>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0 || (_endOfStream && !pending.IsEmpty))
            {
                line = newline >= 0 ? pending[..newline] : pending;
                if (!line.IsEmpty && line[^1] == '\r')
                    line = line[..^1];
                _start += newline >= 0 ? newline + 1 : pending.Length;
                LineNumber++;
                return true;
            }
            if (_endOfStream)
            {
                line = default;
                return false;
            }
            Fill();
        }
    }

    public void Dispose()
    {
        if (!_leaveOpen)
            _stream.Dispose();
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineLength)
                throw new CandleFormatException(_sourceName, LineNumber + 1, $"the line is longer than {MaxLineLength} bytes");
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _endOfStream = true;
        _end += read;
    }
}
