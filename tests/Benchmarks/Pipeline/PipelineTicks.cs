using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Synthetic;

namespace Benchmarks.Pipeline;

/// <summary>
/// Synthetic trades of the four default symbols, merged in time order as the feed delivers them. A trade every 5
/// market seconds per symbol closes a 1m bar every dozen trades, so the 1m strategies signal often enough for a
/// latency distribution.
/// </summary>
public sealed class PipelineTicks
{
    private PipelineTicks(Symbol[] symbols, Tick[] ticks, int[] symbolOf)
    {
        Symbols = symbols;
        Ticks = ticks;
        SymbolOf = symbolOf;
    }

    public Symbol[] Symbols { get; }

    public Tick[] Ticks { get; }

    /// <summary>Index into <see cref="Symbols"/> of each trade.</summary>
    public int[] SymbolOf { get; }

    public static PipelineTicks Generate(int count, ulong seed = 7)
    {
        var options = SyntheticMarketOptions.CreateDefault(seed);
        options.MeanTickInterval = TimeSpan.FromSeconds(5);
        var market = new SyntheticMarket(options);
        var symbols = market.Symbols.ToArray();
        var next = new Tick[symbols.Length];
        for (var i = 0; i < next.Length; i++)
            next[i] = market.NextTick(symbols[i]);
        var ticks = new Tick[count];
        var symbolOf = new int[count];
        for (var n = 0; n < count; n++)
        {
            var first = 0;
            for (var i = 1; i < next.Length; i++)
            {
                if (next[i].Time < next[first].Time)
                    first = i;
            }
            ticks[n] = next[first];
            symbolOf[n] = first;
            next[first] = market.NextTick(symbols[first]);
        }
        return new PipelineTicks(symbols, ticks, symbolOf);
    }
}
