using SmartMarket.Trading.Orders;
using SmartMarket.Trading.Risk;
using SmartMarket.Trading.Strategies;

namespace SmartMarket.Trading.Backtesting;

/// <summary>
/// The one path from a strategy signal to an order, shared by the backtester and the live account so both trade
/// alike: skip when the symbol is already held or has a working entry, size the position (the strategy's
/// <see cref="SymbolSettings.PositionSizeFraction"/> of equity as notional unless a sizer is given), check it
/// against every <see cref="RiskManager"/> limit, and send a market entry with the signal's stop and first target
/// as an OCO bracket. The entry fills at the next price after the decision, never on the bar that made it.
/// </summary>
public sealed class SignalExecutor
{
    private readonly RiskManager _risk;
    private readonly IPositionSizer? _sizer;
    private readonly LotSize _lot;

    /// <param name="risk">Limits; the caller also feeds it equity through <see cref="RiskManager.Observe"/> on every bar.</param>
    /// <param name="sizer">Sizes every entry; null to use each strategy's position size fraction.</param>
    /// <param name="lot">Quantity step orders are rounded down to.</param>
    public SignalExecutor(RiskManager risk, IPositionSizer? sizer = null, LotSize lot = default)
    {
        ArgumentNullException.ThrowIfNull(risk);
        _risk = risk;
        _sizer = sizer;
        _lot = lot;
    }

    /// <summary>The risk manager orders are checked against.</summary>
    public RiskManager Risk => _risk;

    /// <summary>Decides what to send for <paramref name="signal"/> given the account now.</summary>
    /// <param name="account">Equity and open positions at the signal's time.</param>
    /// <param name="settings">The emitting strategy's per-symbol settings.</param>
    /// <param name="entryWorking">True when an entry order for the symbol is still working at the venue.</param>
    public SignalDecision Decide(Signal signal, ExposureSnapshot account, SymbolSettings settings, bool entryWorking)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(settings);
        if (entryWorking)
            return SignalDecision.Skip($"an entry order for {signal.Symbol} is still working");
        foreach (var held in account.Positions)
        {
            if (held.Symbol == signal.Symbol && held.Quantity != 0m)
                return SignalDecision.Skip($"a {signal.Symbol} position is already open");
        }
        if (account.Equity <= 0m)
            return SignalDecision.Skip("equity is not positive");

        var request = SizingRequest.FromSignal(signal, account.Equity);
        var quantity = _sizer is null
            ? _lot.RoundDown(account.Equity * settings.PositionSizeFraction / signal.Entry)
            : _sizer.Quantity(request);
        if (quantity <= 0m)
            return SignalDecision.Skip("the position sizes to zero");

        var proposal = new OrderProposal(signal.Symbol, signal.Side, quantity, signal.Entry, signal.Stop, _lot);
        var decision = _risk.Check(proposal, account);
        if (!decision.IsApproved)
            return new SignalDecision(SignalOutcome.RiskRejected, null, decision, decision.Reason);
        var order = OrderRequest.Market(signal.Symbol, signal.Side, decision.Quantity).WithBracket(signal.Stop, signal.Targets[0]);
        return new SignalDecision(SignalOutcome.Order, order, decision, decision.Reason);
    }
}
