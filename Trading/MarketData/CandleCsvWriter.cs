using System.Globalization;

namespace SmartMarket.Trading.MarketData;

/// <summary>
/// Writes candles in the format <see cref="CandleCsvReader"/> reads: the header, then one row per candle with an
/// ISO-8601 UTC open time and plain invariant decimals. Refuses candles the reader would reject (out of order,
/// inconsistent OHLC, non-positive prices, negative volume), so whatever it writes reads back unchanged.
/// </summary>
public sealed class CandleCsvWriter : IDisposable
{
    private const int MaxRowBytes = 6 * 40;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _length;
    private long _previousTicks = long.MinValue;

    /// <summary>Creates (or overwrites) a file and writes the header.</summary>
    public CandleCsvWriter(string path)
        : this(new FileStream(path ?? throw new ArgumentNullException(nameof(path)), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
    {
    }

    /// <summary>Writes the header to <paramref name="stream"/> at its current position.</summary>
    public CandleCsvWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        Append(CandleCsvReader.Header);
        _buffer[_length++] = (byte)'\n';
    }

    /// <summary>Appends one row.</summary>
    /// <exception cref="ArgumentException">The candle is out of order or invalid; nothing is written.</exception>
    public void Write(in Candle candle)
    {
        if (candle.OpenTime.Kind == DateTimeKind.Local)
            throw new ArgumentException("candle open time must be UTC, not local time.", nameof(candle));
        if (candle.OpenTime.Ticks <= _previousTicks)
            throw new ArgumentException(
                "candle " + CandleChecks.OrderProblem(candle.OpenTime, new DateTime(_previousTicks, DateTimeKind.Utc)) + ".", nameof(candle));
        if (CandleChecks.Problem(candle) is { } problem)
            throw new ArgumentException($"candle at {CandleChecks.Format(candle.OpenTime)}: {problem}.", nameof(candle));
        _previousTicks = candle.OpenTime.Ticks;

        if (_buffer.Length - _length < MaxRowBytes)
            FlushBuffer();
        Append(candle.OpenTime, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'");
        Append(candle.Open);
        Append(candle.High);
        Append(candle.Low);
        Append(candle.Close);
        Append(candle.Volume);
        _buffer[_length - 1] = (byte)'\n'; // the last field's separator becomes the line end
    }

    /// <summary>Writes a whole sequence to a new file.</summary>
    public static void WriteAll(string path, IEnumerable<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        using var writer = new CandleCsvWriter(path);
        foreach (var candle in candles)
            writer.Write(candle);
    }

    /// <summary>Pushes buffered rows to the stream and flushes it.</summary>
    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    public void Dispose()
    {
        try
        {
            Flush();
        }
        finally
        {
            if (!_leaveOpen)
                _stream.Dispose();
        }
    }

    private void Append<T>(T value, string? format = null)
        where T : IUtf8SpanFormattable
    {
        if (!value.TryFormat(_buffer.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"a field of {value} does not fit the row buffer.");
        _length += written;
        _buffer[_length++] = (byte)',';
    }

    private void Append(string ascii)
    {
        for (var i = 0; i < ascii.Length; i++)
            _buffer[_length++] = (byte)ascii[i];
    }

    private void FlushBuffer()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
