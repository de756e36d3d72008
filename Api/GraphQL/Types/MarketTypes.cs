using GraphQL.Building;
using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>Symbols, their indicators and SMC structure, price ticks and candles.</summary>
internal static class MarketTypes
{
    public static void Register(SchemaBuilder b)
    {
        b.Enum<Side>("Side");
        b.Object<SymbolSnapshot>("Symbol", t =>
        {
            t.Description("One market symbol as its grain sees it now.");
            t.Field("ticker", "String!", s => s.Symbol);
            t.Field("price", "Decimal", s => s.LastPrice > 0m ? s.LastPrice : null).Description("Last trade price; null before the first trade.");
            t.Field("lastTradeTime", "DateTime", s => s.LastPrice > 0m ? s.LastTime : null);
            t.Field("ticks", "Long!", s => s.Ticks).Description("Trades taken since the grain activated.");
            t.Field("closedCandles", "Long!", s => s.ClosedCandles).Description("Candles closed since activation, all timeframes.");
            t.Field("indicators", "Indicators!", s => s);
            t.Field("structure", "SmcStructure!", s => s).Description("Smart-money-concepts structure of the analysis timeframe (5m).");
        });
        b.Object<SymbolSnapshot>("Indicators", t =>
        {
            t.Field("ema20", "Float", s => double.IsNaN(s.Ema) ? null : s.Ema).Description("EMA(20) of 1m closes; null until warmed up.");
            t.Field("rsi14", "Float", s => double.IsNaN(s.Rsi) ? null : s.Rsi).Description("RSI(14) of 1m closes; null until warmed up.");
        });
        b.Object<SymbolSnapshot>("SmcStructure", t =>
        {
            t.Field("trend", "String!", s => s.Trend).Description("bullish, bearish or none.");
            t.Field("activeOrderBlocks", "Int!", s => s.ActiveOrderBlocks);
            t.Field("openFairValueGaps", "Int!", s => s.OpenFairValueGaps);
        });
        b.Object<PriceUpdated>("PriceTick", t =>
        {
            t.Field("ticker", "String!", p => p.Symbol.Ticker);
            t.Field("time", "DateTime!", p => p.Time);
            t.Field("price", "Decimal!", p => p.Price);
        });
        b.Object<CandleClosed>("Candle", t =>
        {
            t.Field("ticker", "String!", c => c.Symbol.Ticker);
            t.Field("timeframe", "String!", c => c.Timeframe.ToShortName());
            t.Field("openTime", "DateTime!", c => c.Candle.OpenTime);
            t.Field("open", "Decimal!", c => c.Candle.Open);
            t.Field("high", "Decimal!", c => c.Candle.High);
            t.Field("low", "Decimal!", c => c.Candle.Low);
            t.Field("close", "Decimal!", c => c.Candle.Close);
            t.Field("volume", "Decimal!", c => c.Candle.Volume);
        });
    }
}
