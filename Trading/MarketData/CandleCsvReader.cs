using System.Text;

namespace SmartMarket.Trading.MarketData;

/// <summary>
/// Reads candle CSV files (<c>timestamp,open,high,low,close,volume</c>, ISO-8601 UTC bar open times, plain decimals)
/// as a stream. Parses the raw bytes in place: no string per field or row. Every row is checked (column count,
/// numbers, strictly increasing time, positive prices, low ≤ open/close ≤ high, volume ≥ 0); the first bad one
/// stops reading with a <see cref="CandleFormatException"/> naming the file, line and reason.
/// </summary>
public sealed class CandleCsvReader : IDisposable
{
    /// <summary>The header line the format requires.</summary>
    public const string Header = "timestamp,open,high,low,close,volume";

    private const int MaxLineLength = 1 << 20;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _headerRead;
    private long _previousTicks = long.MinValue;

    /// <summary>Opens a file for reading.</summary>
    public CandleCsvReader(string path)
        : this(OpenFile(path), path, leaveOpen: false)
    {
    }

    /// <param name="stream">UTF-8 (or ASCII) text, read from its current position.</param>
    /// <param name="sourceName">Name used in error messages, usually the path.</param>
    public CandleCsvReader(Stream stream, string sourceName, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        _stream = stream;
        FilePath = sourceName;
        _leaveOpen = leaveOpen;
    }

    /// <summary>The file (or stream name) being read.</summary>
    public string FilePath { get; }

    /// <summary>1-based number of the last line read; 0 before the header.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next candle; false at the end of the file.</summary>
    /// <exception cref="CandleFormatException">The header or the row breaks the format.</exception>
    public bool TryRead(out Candle candle)
    {
        if (!_headerRead)
            ReadHeader();
        if (!TryReadLine(out var line))
        {
            candle = default;
            return false;
        }
        candle = ParseRow(line);
        return true;
    }

    /// <summary>Streams the candles of a file; the file is open while enumerating.</summary>
    public static IEnumerable<Candle> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadLazily(path);
    }

    /// <summary>Reads a whole file into an array.</summary>
    public static Candle[] ReadAll(string path)
    {
        using var reader = new CandleCsvReader(path);
        return reader.ReadToEnd();
    }

    /// <summary>Reads every remaining candle into an array.</summary>
    public Candle[] ReadToEnd()
    {
        // Rows of real files run 40 to 70 bytes; a capacity from the length avoids most regrowth.
        var estimate = _stream.CanSeek ? (int)Math.Min((_stream.Length - _stream.Position) / 48, 1 << 24) : 1024;
        var candles = new List<Candle>(Math.Max(estimate, 16));
        while (TryRead(out var candle))
            candles.Add(candle);
        return [.. candles];
    }

    public void Dispose()
    {
        if (!_leaveOpen)
            _stream.Dispose();
    }

    private static IEnumerable<Candle> ReadLazily(string path)
    {
        using var reader = new CandleCsvReader(path);
        while (reader.TryRead(out var candle))
            yield return candle;
    }

    private static FileStream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // This class buffers itself, so the FileStream's own buffer would only add a copy.
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
    }

    private void ReadHeader()
    {
        if (!TryReadLine(out var line))
        {
            LineNumber = 1;
            throw Error($"the file is empty; expected the header '{Header}'");
        }
        if (line.StartsWith("\uFEFF"u8))
            line = line[3..];
        if (!line.SequenceEqual("timestamp,open,high,low,close,volume"u8))
            throw Error($"the header must be '{Header}' but is '{Shorten(line)}'");
        _headerRead = true;
    }

    private Candle ParseRow(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
            throw Error("the line is empty");
        var columns = line.Count((byte)',') + 1;
        if (columns != 6)
            throw Error($"expected 6 columns ({Header}) but found {columns}");

        var field = NextField(ref line);
        if (!Utf8CandleFields.TryParseUtcTime(field, out var time))
            throw Error($"timestamp '{Shorten(field)}' is not an ISO-8601 UTC time like 2021-04-04T20:00:00Z");
        var open = ParseDecimal(NextField(ref line), "open");
        var high = ParseDecimal(NextField(ref line), "high");
        var low = ParseDecimal(NextField(ref line), "low");
        var close = ParseDecimal(NextField(ref line), "close");
        var volume = ParseDecimal(line, "volume");
        var candle = new Candle(time, open, high, low, close, volume);

        if (time.Ticks <= _previousTicks)
            throw Error(CandleChecks.OrderProblem(time, new DateTime(_previousTicks, DateTimeKind.Utc))!);
        if (CandleChecks.Problem(candle) is { } problem)
            throw Error(problem);
        _previousTicks = time.Ticks;
        return candle;
    }

    private static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> line)
    {
        var comma = line.IndexOf((byte)',');
        var field = line[..comma];
        line = line[(comma + 1)..];
        return field;
    }

    private decimal ParseDecimal(ReadOnlySpan<byte> field, string name)
    {
        if (Utf8CandleFields.TryParseDecimal(field, out var value))
            return value;
        if (Utf8CandleFields.IsNaN(field))
            throw Error($"{name} is NaN");
        throw Error(field.IsEmpty ? $"{name} is missing" : $"{name} '{Shorten(field)}' is not a plain decimal number");
    }

    private bool TryReadLine(out ReadOnlySpan<byte> line)
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
            {
                LineNumber++;
                throw Error($"the line is longer than {MaxLineLength} bytes");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
            _endOfStream = true;
        _end += read;
    }

    private CandleFormatException Error(string reason) => new(FilePath, LineNumber, reason);

    private static string Shorten(ReadOnlySpan<byte> text) =>
        Encoding.UTF8.GetString(text.Length > 80 ? text[..80] : text) + (text.Length > 80 ? "..." : "");
}
