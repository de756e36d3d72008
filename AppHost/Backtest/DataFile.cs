using System.Globalization;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.AppHost.Backtest;

/// <summary>
/// Loads one <c>--data</c> CSV as a <see cref="SymbolSeries"/>. The symbol is the file name's prefix before the first
/// dash (<c>BTCUSDT-1h.csv</c> is BTCUSDT) unless given; the bar size is its last dash part when that names a
/// timeframe, else the given <c>--timeframe</c>, else the smallest spacing of the first bars.
/// </summary>
public static class DataFile
{
    /// <exception cref="UsageException">Missing file, unreadable rows (file:line and reason), or an unknown bar size.</exception>
    public static SymbolSeries Load(string path, string? symbol, Timeframe? timeframe)
    {
        if (!File.Exists(path))
            throw new UsageException("--data", $"file '{path}' not found");
        var name = Path.GetFileNameWithoutExtension(path);
        var parts = name.Split('-');
        Symbol ticker;
        try
        {
            ticker = new Symbol((symbol ?? parts[0]).ToUpperInvariant());
        }
        catch (ArgumentException)
        {
            throw new UsageException(symbol is null ? "--data" : "--symbol", $"'{symbol ?? parts[0]}' is not a ticker (A-Z, 0-9); name the file like BTCUSDT-1h.csv or pass --symbol");
        }
        Candle[] candles;
        try
        {
            candles = CandleCsvReader.ReadAll(path);
        }
        catch (CandleFormatException e)
        {
            throw new UsageException("--data", $"{e.FilePath}:{e.LineNumber}: {e.Reason}");
        }
        if (candles.Length < 2)
            throw new UsageException("--data", $"{path} holds {candles.Length} candles; at least 2 are needed");
        var bar = timeframe ?? (parts.Length > 1 && TimeframeExtensions.TryParse(parts[^1], out var named) ? named : Infer(path, candles));
        try
        {
            return new SymbolSeries(ticker, bar, candles);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--timeframe", $"{path}: {e.Message}");
        }
    }

    private static Timeframe Infer(string path, Candle[] candles)
    {
        var smallest = long.MaxValue;
        for (var i = 1; i < Math.Min(candles.Length, 500); i++)
            smallest = Math.Min(smallest, (candles[i].OpenTime - candles[i - 1].OpenTime).Ticks);
        var seconds = smallest / TimeSpan.TicksPerSecond;
        if (seconds is > 0 and <= int.MaxValue && Enum.IsDefined((Timeframe)(int)seconds))
            return (Timeframe)(int)seconds;
        throw new UsageException("--timeframe", $"cannot tell the bar size of {path} (bars {seconds.ToString(CultureInfo.InvariantCulture)} s apart); pass --timeframe 1m|5m|15m|30m|1h|4h|1d");
    }
}
