using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Portfolio;

/// <summary>
/// An account's books in quote currency, all in decimal: cash, a position per symbol, realized and unrealized P&amp;L
/// and fees, with every change recorded first in an append-only journal that <see cref="Replay"/> turns back into the
/// same state.
/// <para>
/// Shorts use margin-style accounting: selling short credits the proceeds to cash and carries the position at
/// <c>Quantity × mark</c>, which is negative (a liability: the cost of buying it back). Hence, for longs and shorts
/// alike and exactly in decimal, <c>Equity = Cash + Σ Quantity × mark</c> and
/// <c>RealizedPnl + UnrealizedPnl − Fees = Equity − NetDeposits</c>. Margin requirements are the risk layer's concern.
/// </para>
/// </summary>
public sealed class Ledger
{
    private readonly List<JournalEntry> _journal = [];
    private readonly Dictionary<Symbol, Position> _positions = [];
    private Position? _lastMarked;

    public decimal Cash { get; private set; }

    /// <summary>Deposits minus withdrawals.</summary>
    public decimal NetDeposits { get; private set; }

    public decimal Fees { get; private set; }

    public decimal RealizedPnl { get; private set; }

    public decimal UnrealizedPnl
    {
        get
        {
            var sum = 0m;
            foreach (var p in _positions.Values)
                sum += p.UnrealizedPnl;
            return sum;
        }
    }

    /// <summary>Cash plus every position at its mark (shorts count negative).</summary>
    public decimal Equity
    {
        get
        {
            var equity = Cash;
            foreach (var p in _positions.Values)
            {
                if (p.Quantity != 0m)
                    equity += p.MarketValue;
            }
            return equity;
        }
    }

    public IReadOnlyList<JournalEntry> Journal => _journal;

    /// <summary>Every symbol ever traded, flat ones included, in the order first traded.</summary>
    public IReadOnlyCollection<Position> Positions => _positions.Values;

    public Position? GetPosition(Symbol symbol) => _positions.GetValueOrDefault(symbol);

    public void Deposit(DateTime time, decimal amount, string? note = null) =>
        Apply(new DepositEntry(_journal.Count + 1, time, amount, note));

    /// <summary>Takes cash out; the amount may not exceed <see cref="Cash"/>.</summary>
    public void Withdraw(DateTime time, decimal amount, string? note = null) =>
        Apply(new WithdrawalEntry(_journal.Count + 1, time, amount, note));

    /// <summary>Books a venue's fill.</summary>
    public void ApplyFill(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        Apply(new FillEntry(_journal.Count + 1, fill.Time, fill.Symbol, fill.Side, fill.Quantity, fill.Price, fill.Fee, fill.OrderId));
    }

    /// <summary>Books a trade given field by field.</summary>
    public void ApplyFill(DateTime time, Symbol symbol, Side side, decimal quantity, decimal price, decimal fee, OrderId? orderId = null) =>
        Apply(new FillEntry(_journal.Count + 1, time, symbol, side, quantity, price, fee, orderId));

    /// <summary>Sets the mark price of <paramref name="symbol"/>'s position; does nothing for a symbol never traded.</summary>
    public void Mark(Symbol symbol, decimal price)
    {
        if (price <= 0m)
            throw new ArgumentOutOfRangeException(nameof(price), price, "mark price must be greater than zero");
        var last = _lastMarked;
        if (last is not null && ReferenceEquals(last.Symbol.Ticker, symbol.Ticker))
        {
            last.MarkPrice = price;
            return;
        }
        if (_positions.TryGetValue(symbol, out var position))
        {
            position.MarkPrice = price;
            _lastMarked = position;
        }
    }

    /// <summary>A new ledger built by applying <paramref name="journal"/> in order; its state equals the one that wrote it.</summary>
    public static Ledger Replay(IEnumerable<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var ledger = new Ledger();
        foreach (var entry in journal)
            ledger.Apply(entry);
        return ledger;
    }

    public LedgerState Snapshot()
    {
        var positions = new List<PositionState>(_positions.Count);
        foreach (var p in _positions.Values)
            positions.Add(p.ToState());
        positions.Sort(static (a, b) => string.CompareOrdinal(a.Symbol.Ticker, b.Symbol.Ticker));
        return new LedgerState(Cash, NetDeposits, Fees, RealizedPnl, _journal.Count, positions);
    }

    // Every change goes through here: check the entry, change the state, then journal it. A bad entry changes nothing.
    private void Apply(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        JournalChecks.Check(entry, _journal.Count + 1, Cash);
        switch (entry)
        {
            case DepositEntry d:
                Cash += d.Amount;
                NetDeposits += d.Amount;
                break;
            case WithdrawalEntry w:
                Cash -= w.Amount;
                NetDeposits -= w.Amount;
                break;
            case FillEntry f:
                Book(f);
                break;
        }
        _journal.Add(entry);
    }

    private void Book(FillEntry f)
    {
        if (!_positions.TryGetValue(f.Symbol, out var position))
        {
            position = new Position(f.Symbol);
            _positions.Add(f.Symbol, position);
        }
        var signed = f.Side == Side.Buy ? f.Quantity : -f.Quantity;
        var (cash, realized) = position.Apply(signed, f.Price, f.Fee);
        Cash += cash - f.Fee;
        RealizedPnl += realized;
        Fees += f.Fee;
    }
}
