namespace SmartMarket.Api;

/// <summary>The tickers the market feed serves: what <c>symbols</c> lists and what order and subscription tickers are checked against.</summary>
public interface ISymbolCatalog
{
    IReadOnlyList<string> Tickers { get; }
}
