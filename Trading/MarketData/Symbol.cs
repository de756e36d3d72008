namespace SmartMarket.Trading.MarketData;

/// <summary>A market's ticker, such as <c>BTCUSDT</c>: upper-case letters and digits only.</summary>
public readonly record struct Symbol
{
    public Symbol(string ticker)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        foreach (var c in ticker)
        {
            if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
                throw new ArgumentException($"ticker '{ticker}' may hold only A-Z, 0-9 and '-'", nameof(ticker));
        }
        Ticker = ticker;
    }

    /// <summary>The ticker text.</summary>
    public string Ticker { get; }

    public override string ToString() => Ticker;
}
