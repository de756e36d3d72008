namespace SmartMarket.Trading.Risk;

/// <summary>
/// Latches when equity falls <c>maxDrawdownFraction</c> below its peak and stays latched, whatever equity does
/// next, until <see cref="Reset"/>: a strategy that lost that much should be looked at by a person before it
/// trades again. Reset starts a fresh peak at the equity given.
/// </summary>
public sealed class DrawdownKillSwitch
{
    private readonly decimal _maxDrawdownFraction;
    private decimal _lastEquity;
    // Equity at or below which the switch latches: peak × (1 − limit), so an update compares instead of dividing.
    private decimal _latchLevel;
    private bool _started;

    /// <param name="maxDrawdownFraction">Drawdown from peak that latches, in (0, 1].</param>
    public DrawdownKillSwitch(decimal maxDrawdownFraction)
    {
        if (maxDrawdownFraction <= 0m || maxDrawdownFraction > 1m)
            throw new ArgumentOutOfRangeException(nameof(maxDrawdownFraction), maxDrawdownFraction, "max drawdown must be in (0, 1]");
        _maxDrawdownFraction = maxDrawdownFraction;
    }

    /// <summary>The limit as given, for messages.</summary>
    public decimal LimitFraction => _maxDrawdownFraction;

    /// <summary>Highest equity seen since start or the last reset.</summary>
    public decimal PeakEquity { get; private set; }

    /// <summary>Current drawdown from <see cref="PeakEquity"/> as a fraction of it.</summary>
    public decimal Drawdown => !_started ? 0m : PeakEquity > 0m ? (PeakEquity - _lastEquity) / PeakEquity : 1m;

    /// <summary>True once the drawdown reached the limit, until <see cref="Reset"/>.</summary>
    public bool IsLatched { get; private set; }

    /// <summary>The drawdown that tripped the switch; 0 while not latched.</summary>
    public decimal LatchedDrawdown { get; private set; }

    /// <summary>Feeds one equity observation. O(1), no division.</summary>
    public void Observe(decimal equity)
    {
        if (!_started || equity > PeakEquity)
        {
            PeakEquity = equity;
            _latchLevel = equity * (1m - _maxDrawdownFraction);
            _started = true;
        }
        _lastEquity = equity;
        if (!IsLatched && (equity <= _latchLevel || PeakEquity <= 0m))
        {
            IsLatched = true;
            LatchedDrawdown = Drawdown;
        }
    }

    /// <summary>What the switch remembers, for <see cref="Restore"/>.</summary>
    public DrawdownState Save() => new(_started, PeakEquity, _lastEquity, IsLatched, LatchedDrawdown);

    /// <summary>Continues from a saved state, as if the observations behind it had been fed again.</summary>
    /// <exception cref="ArgumentException">The state is not one a switch could be in; nothing changes.</exception>
    public void Restore(DrawdownState state)
    {
        if (!state.Started && (state.Latched || state.PeakEquity != 0m || state.LastEquity != 0m))
            throw new ArgumentException("drawdown state: a switch that saw no equity has no peak and cannot be latched", nameof(state));
        if (state.LastEquity > state.PeakEquity)
            throw new ArgumentException($"drawdown state: last equity {state.LastEquity} is above the peak {state.PeakEquity}", nameof(state));
        if (state.Started && !state.Latched && state.PeakEquity <= 0m)
            throw new ArgumentException($"drawdown state: a peak of {state.PeakEquity} latches the switch", nameof(state));
        if (state.LatchedDrawdown < 0m || !state.Latched && state.LatchedDrawdown != 0m)
            throw new ArgumentException($"drawdown state: latched drawdown {state.LatchedDrawdown} must not be negative, and 0 unless latched", nameof(state));
        _started = state.Started;
        PeakEquity = state.PeakEquity;
        _latchLevel = state.PeakEquity * (1m - _maxDrawdownFraction);
        _lastEquity = state.LastEquity;
        IsLatched = state.Latched;
        LatchedDrawdown = state.LatchedDrawdown;
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
