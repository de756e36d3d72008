using SmartMarket.Trading.MarketData;
using VirtualActors.Streams;

namespace SmartMarket.Grains;

/// <summary>The stream names of the trading grains, in one place so publishers and subscribers agree.</summary>
public static class MarketStreams
{
    /// <summary>Namespace of candle streams; the key is <c>{symbol}/{timeframe}</c>.</summary>
    public const string Market = "market";

    /// <summary>Namespace of per-trade price streams; the key is the symbol.</summary>
    public const string Prices = "prices";

    /// <summary>Namespace of replay bar streams (bar mode); the key is the symbol.</summary>
    public const string Bars = "bars";

    /// <summary>Namespace of signal streams; the key is the account the signals are for.</summary>
    public const string Signals = "signals";

    /// <summary>Namespace of account event streams (orders, fills, stops); the key is the account id.</summary>
    public const string Account = "account";

    /// <summary>Closed candles of one symbol and timeframe.</summary>
    public static StreamId Candles(Symbol symbol, Timeframe timeframe) => new(Market, symbol.Ticker + "/" + timeframe.ToShortName());

    /// <summary>Every trade price of one symbol.</summary>
    public static StreamId PricesOf(Symbol symbol) => new(Prices, symbol.Ticker);

    /// <summary>Every replayed bar of one symbol, at the replay's own timeframe, before any strategy sees it.</summary>
    public static StreamId BarsOf(Symbol symbol) => new(Bars, symbol.Ticker);

    /// <summary>Signals emitted for one account.</summary>
    public static StreamId SignalsFor(string accountId) => new(Signals, accountId);

    /// <summary>Orders, fills and stops of one account.</summary>
    public static StreamId AccountEvents(string accountId) => new(Account, accountId);
}
