using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Market;
using SmartMarket.Grains.Strategies;

namespace SmartMarket.AppHost.Live;

/// <summary>One refresh of the console: everything shown, read from the grains and the runtime.</summary>
internal sealed record LiveFrame(
    TimeSpan Elapsed,
    string Feed,
    long Ticks,
    IReadOnlyList<SymbolSnapshot> Symbols,
    AccountSnapshot Account,
    long Signals,
    IReadOnlyList<SignalEmitted> RecentSignals,
    double CallsPerSecond,
    int Activations);
