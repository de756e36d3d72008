using GraphQL.Execution;
using SmartMarket.Api.GraphQL;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Strategies;
using SmartMarket.Trading.Synthetic;

namespace SmartMarket.Api.Backtests;

/// <summary>The <c>runBacktest</c> input: CSV files or the synthetic market, a strategy and its settings.</summary>
public sealed record BacktestInput(
    string Strategy, string? Parameters, IReadOnlyList<string> DataFiles, string? Timeframe,
    int? SyntheticDays, IReadOnlyList<string> SyntheticSymbols, decimal? Capital, DateTime? From, DateTime? To)
{
    /// <summary>Longest synthetic run, in days of 1m candles.</summary>
    public const int MaxSyntheticDays = 90;

    internal static BacktestInput Read(InputValues v) => new(
        v.Get<string>("strategy"), v.GetOrDefault<string?>("parameters"), v.GetList<string>("dataFiles"), v.GetOrDefault<string?>("timeframe"),
        v.GetOrDefault<int?>("syntheticDays"), v.GetList<string>("syntheticSymbols"), v.GetOrDefault<decimal?>("capital"),
        v.GetOrDefault<DateTime?>("from"), v.GetOrDefault<DateTime?>("to"));

    /// <summary>Checks every field (errors name it as <c>input.field</c>) and returns what the runner needs.</summary>
    internal BacktestRequest Validate()
    {
        if (!Contains(StrategyFactory.Names, Strategy))
            throw ApiErrors.BadInput("input.strategy", $"unknown strategy '{Strategy}' (known: {string.Join(", ", StrategyFactory.Names)})");
        StrategyParameters parameters;
        try
        {
            parameters = StrategyParameters.Parse(Parameters);
            StrategyFactory.Create(Strategy, new Symbol("BTCUSDT"), parameters); // checks names and ranges before anything runs
        }
        catch (ArgumentException e)
        {
            throw ApiErrors.BadInput("input.parameters", e.Message);
        }
        if (Capital is <= 0m)
            throw ApiErrors.BadInput("input.capital", $"must be positive, got {Capital}");
        if (From is { } f && To is { } t && t <= f)
            throw ApiErrors.BadInput("input.to", $"{t:O} is not after from {f:O}");
        var options = new BacktestOptions { Strategy = Strategy, Parameters = parameters, Capital = Capital ?? 10_000m, From = From, To = To };
        if (DataFiles.Count > 0 == SyntheticDays is not null)
            throw ApiErrors.BadInput("input.dataFiles", "give either dataFiles or syntheticDays, exactly one of them");
        return DataFiles.Count > 0 ? FromFiles(options) : FromSynthetic(options, SyntheticDays!.Value);
    }

    private BacktestRequest FromFiles(BacktestOptions options)
    {
        Timeframe? given = null;
        if (Timeframe is not null)
        {
            if (!TimeframeExtensions.TryParse(Timeframe, out var parsed))
                throw ApiErrors.BadInput("input.timeframe", $"unknown timeframe '{Timeframe}'");
            given = parsed;
        }
        var files = new (string Path, Symbol Symbol, Timeframe Timeframe)[DataFiles.Count];
        for (var i = 0; i < files.Length; i++)
        {
            var path = DataFiles[i];
            if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
                throw ApiErrors.BadInput("input.dataFiles", $"file '{path}' not found");
            var parts = Path.GetFileNameWithoutExtension(path).Split('-');
            if (!IsTicker(parts[0]))
                throw ApiErrors.BadInput("input.dataFiles", $"'{path}': the file name must start with the ticker, like BTCUSDT-1h.csv");
            var timeframe = given ?? (parts.Length > 1 && TimeframeExtensions.TryParse(parts[^1], out var named)
                ? named
                : throw ApiErrors.BadInput("input.timeframe", $"'{path}' does not name its bar size (like BTCUSDT-1h.csv): give timeframe"));
            var symbol = new Symbol(parts[0].ToUpperInvariant());
            for (var j = 0; j < i; j++)
            {
                if (files[j].Symbol == symbol)
                    throw ApiErrors.BadInput("input.dataFiles", $"'{path}' is a second file for {symbol}");
            }
            files[i] = (Path.GetFullPath(path), symbol, timeframe);
        }
        var names = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
            names[i] = Path.GetFileName(files[i].Path);
        return new BacktestRequest(options, () =>
        {
            var series = new SymbolSeries[files.Length];
            for (var i = 0; i < files.Length; i++)
                series[i] = new SymbolSeries(files[i].Symbol, files[i].Timeframe, CandleCsvReader.ReadAll(files[i].Path));
            return series;
        }, string.Join(", ", names));
    }

    private BacktestRequest FromSynthetic(BacktestOptions options, int days)
    {
        if (days is < 1 or > MaxSyntheticDays)
            throw ApiErrors.BadInput("input.syntheticDays", $"must be 1 to {MaxSyntheticDays}, got {days}");
        var market = SyntheticMarketOptions.CreateDefault();
        var known = new List<string>(market.Symbols.Count);
        foreach (var s in market.Symbols)
            known.Add(s.Ticker);
        IReadOnlyList<string> tickers = SyntheticSymbols.Count > 0 ? SyntheticSymbols : ["BTCUSDT"];
        foreach (var ticker in tickers)
        {
            if (!Contains(known, ticker))
                throw ApiErrors.BadInput("input.syntheticSymbols", $"unknown synthetic symbol '{ticker}' (known: {string.Join(", ", known)})");
        }
        return new BacktestRequest(options, () =>
        {
            var generator = new SyntheticMarket(market);
            var series = new SymbolSeries[tickers.Count];
            for (var i = 0; i < series.Length; i++)
            {
                var symbol = new Symbol(tickers[i]);
                series[i] = new SymbolSeries(symbol, Trading.MarketData.Timeframe.M1, generator.GenerateCandles(symbol, generator.Start, generator.Start.AddDays(days)));
            }
            return series;
        }, $"synthetic {string.Join(", ", tickers)}, {days} days of 1m");
    }

    private static bool IsTicker(string text)
    {
        if (text.Length == 0)
            return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
                return false;
        }
        return true;
    }

    private static bool Contains(IReadOnlyList<string> items, string item)
    {
        foreach (var i in items)
        {
            if (i == item)
                return true;
        }
        return false;
    }
}
