namespace SmartMarket.Trading.Risk;

/// <summary>
/// The account as risk sees it at one moment: equity and open positions. The backtester or the account grain
/// builds it from its own ledger, so risk depends on no ledger type.
/// </summary>
/// <param name="Time">UTC time of the snapshot; drives the daily-loss day and must not go backwards.</param>
/// <param name="Equity">Cash plus marked positions, in the quote currency.</param>
/// <param name="Positions">Open positions, at most one per symbol; flat symbols may be left out or given quantity 0.</param>
public sealed record ExposureSnapshot(DateTime Time, decimal Equity, IReadOnlyList<PositionExposure> Positions)
{
    internal void Validate()
    {
        if (Time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"snapshot time {Time:O} must be UTC (Kind={Time.Kind})", nameof(Time));
        if (Positions is null)
            throw new ArgumentNullException(nameof(Positions), "snapshot positions must not be null");
        for (var i = 0; i < Positions.Count; i++)
        {
            var p = Positions[i];
            if (p.Symbol.Ticker is null)
                throw new ArgumentException($"position {i} has no symbol", nameof(Positions));
            if (p.MarkPrice <= 0m)
                throw new ArgumentOutOfRangeException(nameof(Positions), p.MarkPrice, $"position {p.Symbol} mark price must be positive");
            for (var j = 0; j < i; j++)
            {
                if (Positions[j].Symbol == p.Symbol)
                    throw new ArgumentException($"snapshot lists {p.Symbol} more than once", nameof(Positions));
            }
        }
    }
}
