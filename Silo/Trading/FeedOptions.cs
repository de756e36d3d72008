using System.ComponentModel.DataAnnotations;

namespace SmartMarket.Silo.Trading;

/// <summary>Which market feed the silo runs (configuration section "Feed").</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feed";

    /// <summary>Candle CSV files to replay; empty runs the synthetic market.</summary>
    public List<string> ReplayFiles { get; set; } = [];

    /// <summary>
    /// Market seconds per real second; 0 runs unpaced. The synthetic default, 300, puts five market minutes in each
    /// real second so 1m and 5m strategies warm up and trade within the first minute.
    /// </summary>
    [Range(0, 1e9)]
    public double Speed { get; set; } = 300;

    /// <summary>Seed of the synthetic market.</summary>
    public ulong Seed { get; set; } = 1;

    /// <summary>Set false to host the grains without pushing any trades (tests, API-only processes).</summary>
    public bool Enabled { get; set; } = true;
}
