using GraphQL.Building;
using GraphQL.Execution;
using VirtualActors;
using SmartMarket.Grains.Market;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Api.GraphQL.Types;

/// <summary>Symbols, their indicators and SMC structure, price ticks and candles.</summary>
internal static class MarketTypes
{
    // The symbol grain's published timeframes: the only ones it keeps history of.
    private static readonly Timeframe[] Published = [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1];

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
            t.FieldAsync("candles", "[Candle!]!", CandlesAsync)
                .Argument("timeframe", "String!", a => a.Description("1m, 5m, 15m, 1h, 4h or 1d."))
                .Argument("from", "DateTime", a => a.Description("First open time included."))
                .Argument("to", "DateTime", a => a.Description("Open time the slice stops before."))
                .Argument("last", "Int", a => a.Description("Only the last this many of the slice."))
                .Description("Recent closed candles, oldest first; the grain keeps the last 500 per timeframe in memory.");
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
            t.Field("orderBlocks", "[OrderBlock!]!", s => s.Smc?.OrderBlocks ?? []).Description("Active order blocks.");
            t.Field("fairValueGaps", "[FairValueGap!]!", s => s.Smc?.FairValueGaps ?? []).Description("Open fair value gaps.");
            t.Field("structureEvents", "[StructureEvent!]!", s => s.StructureEvents ?? []).Description("The latest breaks of structure and changes of character, oldest first.");
            t.Field("dailyZones", "[DailyZone!]!", s => s.Smc is { } smc ? SmcTypes.Zones(smc.PreviousDay) : []).Description("The previous UTC day's open, high, low and close.");
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

    private static async ValueTask<object?> CandlesAsync(SymbolSnapshot symbol, ResolveContext ctx)
    {
        Caller.User(ctx);
        var name = ctx.Argument<string>("timeframe");
        if (!TimeframeExtensions.TryParse(name, out var timeframe) || Array.IndexOf(Published, timeframe) < 0)
            throw ApiErrors.BadInput("timeframe", $"unknown timeframe '{name}' (1m, 5m, 15m, 1h, 4h or 1d)");
        var from = ctx.ArgumentOrDefault<DateTime?>("from");
        var to = ctx.ArgumentOrDefault<DateTime?>("to");
        if (from is { } f && to is { } t && t <= f)
            throw ApiErrors.BadInput("to", $"{t:O} is not after from {f:O}");
        var last = ctx.ArgumentOrDefault<int?>("last");
        if (last is < 1)
            throw ApiErrors.BadInput("last", $"must be at least 1, got {last}");
        var candles = await ctx.GetRequiredService<IGrainFactory>().GetGrain<ISymbolGrain>(symbol.Symbol).GetCandlesAsync(timeframe, from, to, last);
        var ticker = new Symbol(symbol.Symbol);
        var closed = new CandleClosed[candles.Length];
        for (var i = 0; i < candles.Length; i++)
            closed[i] = new CandleClosed(ticker, timeframe, candles[i]);
        return closed;
    }
}
