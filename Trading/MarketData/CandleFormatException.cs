namespace SmartMarket.Trading.MarketData;

/// <summary>A candle file row (or header) that breaks the format; names the file, the 1-based line and why.</summary>
public sealed class CandleFormatException : FormatException
{
    public CandleFormatException(string filePath, long lineNumber, string reason)
        : base($"{filePath}, line {lineNumber}: {reason}")
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>The file (or stream name) being read.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number; the header is line 1.</summary>
    public long LineNumber { get; }

    /// <summary>What is wrong with the line, without the location.</summary>
    public string Reason { get; }
}
