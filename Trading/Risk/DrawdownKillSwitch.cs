namespace SmartMarket.Trading.Risk;

/// <summary>
/// Latches when equity falls <c>maxDrawdownFraction</c> below its peak and stays latched, whatever equity does
/// next, until <see cref="Reset"/>: a strategy that lost that much should be looked at by a person before it
/// trades again. Reset starts a fresh peak at the equity given.
/// </summary>
public sealed class DrawdownKillSwitch
{
    private readonly decimal _maxDrawdownFraction;
    private bool _started;

    /// <param name="maxDrawdownFraction">Drawdown from peak that latches, in (0, 1].</param>
    public DrawdownKillSwitch(decimal maxDrawdownFraction)
    {
        if (maxDrawdownFraction <= 0m || maxDrawdownFraction > 1m)
            throw new ArgumentOutOfRangeException(nameof(maxDrawdownFraction), maxDrawdownFraction, "max drawdown must be in (0, 1]");
        _maxDrawdownFraction = maxDrawdownFraction;
    }

    /// <summary>Highest equity seen since start or the last reset.</summary>
    public decimal PeakEquity { get; private set; }

    /// <summary>Current drawdown from <see cref="PeakEquity"/> as a fraction of it.</summary>
    public decimal Drawdown { get; private set; }

    /// <summary>True once the drawdown reached the limit, until <see cref="Reset"/>.</summary>
    public bool IsLatched { get; private set; }

    /// <summary>The drawdown that tripped the switch; 0 while not latched.</summary>
    public decimal LatchedDrawdown { get; private set; }

    /// <summary>The limit as given, for messages.</summary>
    public decimal LimitFraction => _maxDrawdownFraction;

    /// <summary>Feeds one equity observation.</summary>
    public void Observe(decimal equity)
    {
        if (!_started || equity > PeakEquity)
        {
            PeakEquity = equity;
            _started = true;
        }
        Drawdown = PeakEquity > 0m ? (PeakEquity - equity) / PeakEquity : 1m;
        if (!IsLatched && Drawdown >= _maxDrawdownFraction)
        {
            IsLatched = true;
            LatchedDrawdown = Drawdown;
        }
    }

    /// <summary>Unlatches and restarts peak tracking from <paramref name="equity"/>.</summary>
    public void Reset(decimal equity)
    {
        IsLatched = false;
        LatchedDrawdown = 0m;
        _started = false;
        Observe(equity);
    }
}
