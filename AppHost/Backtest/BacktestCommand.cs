using System.CommandLine;
using SmartMarket.Trading.Backtesting;
using SmartMarket.Trading.Backtesting.Reports;
using SmartMarket.Trading.Execution;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.AppHost.Backtest;

/// <summary>
/// <c>backtest --data &lt;csv&gt;... --strategy &lt;name&gt; --out &lt;dir&gt;</c>: runs <see cref="Backtester"/> over the
/// files, writes report.json and report.html to the folder and prints a summary. Bad input exits with code 2 and a
/// message naming the option.
/// </summary>
public static class BacktestCommand
{
    /// <summary>Exit code for bad input.</summary>
    public const int UsageError = 2;

    public static Command Create()
    {
        var command = new Command("backtest", "Backtest a strategy over candle CSV files and write report.json and report.html.")
        {
            TreatUnmatchedTokensAsErrors = false, // reported below with exit code 2, like every other input error
        };
        var data = Multi("--data", "Candle CSV files (timestamp,open,high,low,close,volume); the symbol is the file name's prefix.");
        var strategy = Text("--strategy", "Strategy: smc-order-block, daily-ohlc-zone, mtf-trend or mean-reversion.");
        var output = Text("--out", "Folder for report.json and report.html.");
        var from = Text("--from", "First UTC date included, e.g. 2022-01-01.");
        var to = Text("--to", "UTC date the run stops before.");
        var capital = Text("--capital", "Starting capital in the quote currency (default 10000).");
        var fee = Text("--fee-bps", "Maker and taker fee in basis points (default 10).");
        var maker = Text("--maker-bps", "Maker fee in basis points; overrides --fee-bps.");
        var taker = Text("--taker-bps", "Taker fee in basis points; overrides --fee-bps.");
        var slippage = Text("--slippage-bps", "Fixed slippage in basis points (default 1), plus a share of the bar's range.");
        var parameters = Multi("--param", "Strategy parameter name=value, repeatable, e.g. --param Timeframe=4h.");
        var timeframe = Text("--timeframe", "Bar size of the data files when the file name does not say (1m, 5m, 15m, 30m, 1h, 4h, 1d).");
        var detail = Multi("--detail", "Lower-timeframe CSV files (e.g. 1m) of the same symbols: bars that touch both a stop and a target are replayed through them instead of assuming the stop.");
        var symbol = Multi("--symbol", "Symbol of each data file, in order, when the file names do not start with it.");
        foreach (var option in new Option[] { data, strategy, output, from, to, capital, fee, maker, taker, slippage, parameters, timeframe, symbol, detail })
            command.Options.Add(option);

        command.SetAction((parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                if (parse.UnmatchedTokens.Count > 0)
                    throw new UsageException(parse.UnmatchedTokens[0], "unknown option or argument");
                var name = BacktestArguments.Strategy(parse.GetValue(strategy));
                var folder = parse.GetValue(output);
                if (string.IsNullOrWhiteSpace(folder))
                    throw new UsageException("--out", "required: the folder to write report.json and report.html to");
                var options = new BacktestOptions
                {
                    Strategy = name,
                    Parameters = BacktestArguments.Parameters(name, parse.GetValue(parameters)),
                    Capital = BacktestArguments.Number("--capital", parse.GetValue(capital), 10_000m, 0m, 1_000_000_000_000m, minExclusive: true),
                    From = BacktestArguments.Date("--from", parse.GetValue(from)),
                    To = BacktestArguments.Date("--to", parse.GetValue(to)),
                    Execution = BacktestArguments.Execution(parse.GetValue(fee), parse.GetValue(maker), parse.GetValue(taker), parse.GetValue(slippage)),
                };
                if (options.From is { } f && options.To is { } t && t <= f)
                    throw new UsageException("--to", $"{t:yyyy-MM-dd} is not after --from {f:yyyy-MM-dd}");
                var series = Load(parse.GetValue(data), parse.GetValue(symbol), BacktestArguments.Timeframe(parse.GetValue(timeframe)));
                options = options with { LowerTimeframe = LoadDetail(parse.GetValue(detail), series) };

                var progress = new ConsoleProgressBar(stderr, enabled: !Console.IsErrorRedirected);
                BacktestResult result;
                try
                {
                    result = Backtester.Run(series, options, progress.Report, cancellationToken);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException(e.ParamName == "timeframe" ? "--timeframe" : "--data", e.Message);
                }
                Directory.CreateDirectory(folder);
                BacktestJsonReport.Write(result, Path.Combine(folder, "report.json"));
                BacktestHtmlReport.Write(result, Path.Combine(folder, "report.html"));
                BacktestSummary.Print(result, folder, stdout);
                return Task.FromResult(0);
            }
            catch (UsageException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return Task.FromResult(UsageError);
            }
        });
        return command;
    }

    private static SymbolSeries[] Load(string[]? files, string[]? symbols, Trading.MarketData.Timeframe? timeframe)
    {
        if (files is not { Length: > 0 })
            throw new UsageException("--data", "required: one or more candle CSV files");
        if (symbols is { Length: > 0 } && symbols.Length != files.Length)
            throw new UsageException("--symbol", $"give one symbol per data file ({files.Length}), not {symbols.Length}");
        var series = new SymbolSeries[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            series[i] = DataFile.Load(files[i], symbols is { Length: > 0 } ? symbols[i] : null, timeframe);
            for (var j = 0; j < i; j++)
            {
                if (series[j].Symbol == series[i].Symbol)
                    throw new UsageException("--data", $"{files[i]} is a second file for {series[i].Symbol}");
            }
        }
        return series;
    }

    private static LowerTimeframeCandles? LoadDetail(string[]? files, SymbolSeries[] series)
    {
        if (files is not { Length: > 0 })
            return null;
        var barTimeframe = series[0].Timeframe;
        foreach (var s in series)
        {
            if (s.Timeframe != barTimeframe)
                throw new UsageException("--detail", "all --data files must share one timeframe when --detail is given");
        }
        var detail = new LowerTimeframeCandles(barTimeframe);
        foreach (var file in files)
        {
            var lower = DataFile.Load(file, null, null);
            if ((int)lower.Timeframe >= (int)barTimeframe)
                throw new UsageException("--detail", $"{file} has {lower.Timeframe.ToShortName()} bars; detail must be finer than the {barTimeframe.ToShortName()} data");
            detail.Add(lower.Symbol, lower.Candles);
        }
        return detail;
    }

    private static Option<string> Text(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static Option<string[]> Multi(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.ZeroOrMore };
}
