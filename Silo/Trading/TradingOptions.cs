using System.ComponentModel.DataAnnotations;

namespace SmartMarket.Silo.Trading;

/// <summary>The paper account and strategies the silo sets up at start (configuration section "Trading").</summary>
public sealed class TradingOptions
{
    public const string SectionName = "Trading";

    [Required]
    public string AccountId { get; set; } = "paper";

    /// <summary>Opening deposit of a new account; an existing one keeps its journal.</summary>
    [Range(1, 1e15)]
    public decimal InitialCash { get; set; } = 100_000m;

    /// <summary>The model grain that confirms signals; empty trades unconfirmed signals.</summary>
    public string Model { get; set; } = "confirmation";

    /// <summary>
    /// Strategies run on every feed symbol, as <c>name</c> or <c>name:parameters</c>. The defaults run on 1m and 5m
    /// bars so they see enough bars within a minute of the accelerated synthetic feed.
    /// </summary>
    public List<string> Strategies { get; set; } =
    [
        "mean-reversion:Timeframe=1m",
        "mtf-trend:LowerTimeframe=1m;HigherTimeframe=5m",
        "smc-order-block:Timeframe=1m",
    ];
}
