using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Execution;

/// <summary>The simulator's per-symbol books. Backtests feed one symbol many times in a row, so the last book found is checked by reference before hashing.</summary>
internal sealed class MarketBooks
{
    private readonly Dictionary<Symbol, MarketBook> _books = [];
    private MarketBook? _last;

    /// <summary>The book of <paramref name="symbol"/>, created on first use.</summary>
    public MarketBook Get(Symbol symbol)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Symbol.Ticker, symbol.Ticker))
            return last;
        if (!_books.TryGetValue(symbol, out var book))
        {
            book = new MarketBook(symbol);
            _books.Add(symbol, book);
        }
        _last = book;
        return book;
    }

    /// <summary>The book of <paramref name="symbol"/> if it has one; never creates.</summary>
    public MarketBook? Find(Symbol symbol) => symbol.Ticker is null ? null : _books.GetValueOrDefault(symbol);

    public void Add(MarketBook book) => _books.Add(book.Symbol, book);

    /// <summary>All books by ticker, for snapshots and listings (not a hot path).</summary>
    public IEnumerable<MarketBook> Ordered() => _books.Values.OrderBy(static b => b.Symbol.Ticker, StringComparer.Ordinal);
}
