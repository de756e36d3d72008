namespace SmartMarket.Api;

/// <summary>A catalog read from a callback each time, so a feed that starts after the API is seen once it runs.</summary>
public sealed class SymbolCatalog(Func<IReadOnlyList<string>> tickers) : ISymbolCatalog
{
    public IReadOnlyList<string> Tickers => tickers();
}
