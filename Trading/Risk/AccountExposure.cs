namespace SmartMarket.Trading.Risk;

/// <summary>One pass over a snapshot's positions, summarised from the point of view of a proposal's symbol and side.</summary>
internal readonly struct AccountExposure
{
    /// <summary>Signed quantity already held in the proposal's symbol.</summary>
    public decimal Existing { get; init; }

    /// <summary>Open risk of the position already held in the proposal's symbol.</summary>
    public decimal ExistingRisk { get; init; }

    /// <summary>Non-flat positions in other symbols.</summary>
    public int OthersOpen { get; init; }

    /// <summary>Sum of absolute notionals of other symbols.</summary>
    public decimal OthersGross { get; init; }

    /// <summary>Sum of open risk to stops of other symbols.</summary>
    public decimal OthersRisk { get; init; }

    /// <summary>Notional of other positions that move with the proposal (see <see cref="MovesWith"/>).</summary>
    public decimal Correlated { get; init; }

    public static AccountExposure Measure(in OrderProposal proposal, ExposureSnapshot snapshot, ICorrelationSource? correlations, double threshold)
    {
        decimal existing = 0m, existingRisk = 0m, gross = 0m, risk = 0m, correlated = 0m;
        var open = 0;
        var positions = snapshot.Positions;
        for (var i = 0; i < positions.Count; i++)
        {
            var p = positions[i];
            if (p.Quantity == 0m)
                continue;
            if (p.Symbol == proposal.Symbol)
            {
                existing = p.Quantity;
                existingRisk = p.OpenRisk;
                continue;
            }
            open++;
            gross += p.Notional;
            risk += p.OpenRisk;
            if (MovesWith(p, proposal, correlations, threshold))
                correlated += p.Notional;
        }
        return new AccountExposure
        {
            Existing = existing,
            ExistingRisk = existingRisk,
            OthersOpen = open,
            OthersGross = gross,
            OthersRisk = risk,
            Correlated = correlated,
        };
    }

    /// <summary>
    /// A position moves with the proposal when its returns correlate beyond the threshold in the direction that
    /// makes its profit and loss add to the new one's: same side with correlation above +threshold, or opposite
    /// side with correlation below −threshold. Unknown correlations (NaN) are not counted.
    /// </summary>
    public static bool MovesWith(in PositionExposure position, in OrderProposal proposal, ICorrelationSource? correlations, double threshold)
    {
        if (correlations is null)
            return false;
        var rho = correlations.Correlation(proposal.Symbol, position.Symbol);
        if (!(Math.Abs(rho) > threshold))
            return false;
        var direction = Math.Sign(position.Quantity) * Math.Sign(rho);
        return direction == (int)proposal.Side;
    }

    /// <summary>The proposal's symbol followed by every symbol counted in <see cref="Correlated"/>.</summary>
    public static string CorrelatedNames(in OrderProposal proposal, ExposureSnapshot snapshot, ICorrelationSource? correlations, double threshold)
    {
        var names = new List<string> { proposal.Symbol.Ticker };
        foreach (var p in snapshot.Positions)
        {
            if (p.Quantity != 0m && p.Symbol != proposal.Symbol && MovesWith(p, proposal, correlations, threshold))
                names.Add(p.Symbol.Ticker);
        }
        return string.Join(", ", names);
    }
}
