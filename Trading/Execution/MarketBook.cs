using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>One symbol inside the simulator: its working orders (oldest first), net position and recent prices.</summary>
internal sealed class MarketBook(Symbol symbol)
{
    public readonly Symbol Symbol = symbol;
    public readonly List<WorkingOrder> Orders = [];
    public decimal Position;
    public DateTime LastTime = DateTime.MinValue;
    public decimal LastPrice;
    public bool HasPrice;
    public AtrTracker Atr;

    /// <summary>Counts bars executed on this book, so an order can be told to sit out the current one.</summary>
    public long BarSeq;

    /// <summary>True while a bar is being executed; finished orders are then removed at its end, not at once.</summary>
    public bool Executing;

    public decimal? ReferencePrice => HasPrice ? LastPrice : null;

    private bool _finishedWhileExecuting;

    public void RemoveFinished()
    {
        if (_finishedWhileExecuting)
            Orders.RemoveAll(static o => o.IsTerminal);
        _finishedWhileExecuting = false;
    }

    public void Remove(WorkingOrder order)
    {
        if (Executing)
            _finishedWhileExecuting = true;
        else
            Orders.Remove(order);
    }

    public MarketState ToState() =>
        new(Symbol, Position, LastTime, ReferencePrice, Atr.Value, Atr.Samples, Atr.PreviousClose);

    public static MarketBook FromState(MarketState s) => new(s.Symbol)
    {
        Position = s.Position,
        LastTime = s.LastTime,
        LastPrice = s.LastPrice ?? 0m,
        HasPrice = s.LastPrice.HasValue,
        Atr = new AtrTracker { Value = s.Atr, Samples = s.AtrSamples, PreviousClose = s.PreviousClose },
    };
}
