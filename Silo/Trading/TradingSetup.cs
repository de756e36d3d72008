using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Strategies;
using SmartMarket.Trading.MarketData;
using VirtualActors;

namespace SmartMarket.Silo.Trading;

/// <summary>Opens the paper account and starts the configured strategies on each symbol; safe to repeat on every start.</summary>
public static class TradingSetup
{
    /// <summary>The strategy grain id of one strategy on one symbol for one account.</summary>
    public static string StrategyId(string accountId, string strategy, Symbol symbol) => $"{accountId}/{strategy}/{symbol.Ticker}";

    public static async Task RunAsync(IGrainFactory grains, TradingOptions options, IReadOnlyList<Symbol> symbols)
    {
        await grains.GetGrain<IAccountGrain>(options.AccountId).OpenAsync(options.InitialCash);
        foreach (var entry in options.Strategies)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? entry.Trim() : entry[..colon].Trim();
            var parameters = colon < 0 ? string.Empty : entry[(colon + 1)..];
            foreach (var symbol in symbols)
            {
                var definition = new StrategyDefinition(name, symbol.Ticker, options.AccountId, parameters,
                    string.IsNullOrWhiteSpace(options.Model) ? null : options.Model);
                await grains.GetGrain<IStrategyGrain>(StrategyId(options.AccountId, name, symbol)).StartAsync(definition);
            }
        }
    }
}
