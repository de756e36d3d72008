using SmartMarket.Trading.Synthetic;

namespace Trading.Tests.Synthetic;

public class SyntheticMarketOptionsTests
{
    [Fact]
    public void CreateDefault_IsValidWithTheFourSymbolsAtRealisticPrices()
    {
        var options = SyntheticMarketOptions.CreateDefault();

        options.Validate();
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT", "ADAUSDT"], options.Symbols.Select(s => s.Ticker));
        Assert.Equal([60_000m, 3_000m, 150m, 0.5m], options.Symbols.Select(s => s.StartPrice));
        Assert.All(options.Symbols, s => Assert.Equal(0m, s.StartPrice % s.TickSize));
    }

    public static TheoryData<string, string> BadSettings => new()
    {
        { "tick", "Symbols[1].TickSize must be positive" },
        { "step", "Symbols[3].QuantityStep must be positive" },
        { "price", "Symbols[0].StartPrice must be positive" },
        { "volume", "Symbols[2].MeanVolumePerMinute must be positive" },
        { "vol", "Symbols[0].AnnualVolatility" },
        { "garch", "Symbols[1].GarchAlpha and GarchBeta" },
        { "ticker", "Symbols[2].Ticker 'sol usdt'" },
        { "duplicate", "Symbols[1].Ticker 'BTCUSDT' is listed twice" },
        { "empty", "Symbols must list at least one symbol" },
        { "shape", "Correlation must be a 4 x 4 matrix" },
        { "diagonal", "Correlation[2][2] must be 1" },
        { "asymmetric", "Correlation[1][0] and [0][1] must be equal" },
        { "indefinite", "Correlation must be positive definite" },
        { "start", "Start must be a UTC time on a whole minute" },
        { "interval", "MeanTickInterval must be at least 1 ms" },
        { "duration", "TrendUpMeanDuration must be at least one minute" },
        { "amplitude", "IntradayAmplitude" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Validate_WithABadSetting_ThrowsNamingIt(string change, string expected)
    {
        var options = SyntheticMarketOptions.CreateDefault();
        Break(options, change);

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(expected, error.Message);
        Assert.Throws<ArgumentException>(() => new SyntheticMarket(options));
    }

    private static void Break(SyntheticMarketOptions options, string change)
    {
        switch (change)
        {
            case "tick": options.Symbols[1].TickSize = 0; break;
            case "step": options.Symbols[3].QuantityStep = -0.1m; break;
            case "price": options.Symbols[0].StartPrice = 0; break;
            case "volume": options.Symbols[2].MeanVolumePerMinute = 0; break;
            case "vol": options.Symbols[0].AnnualVolatility = double.NaN; break;
            case "garch": options.Symbols[1].GarchAlpha = 0.1; options.Symbols[1].GarchBeta = 0.9; break;
            case "ticker": options.Symbols[2].Ticker = "sol usdt"; break;
            case "duplicate": options.Symbols[1].Ticker = "BTCUSDT"; break;
            case "empty": options.Symbols.Clear(); break;
            case "shape": options.Correlation = options.Correlation[..3]; break;
            case "diagonal": options.Correlation[2][2] = 0.9; break;
            case "asymmetric": options.Correlation[1][0] = 0.5; break;
            case "indefinite":
                // Each pair is plausible, but 0 and 1 move together while 2 follows 0 and opposes 1: impossible.
                options.Correlation[0][1] = options.Correlation[1][0] = 0.9;
                options.Correlation[0][2] = options.Correlation[2][0] = 0.9;
                options.Correlation[1][2] = options.Correlation[2][1] = -0.9;
                break;
            case "start": options.Start = options.Start.AddSeconds(30); break;
            case "interval": options.MeanTickInterval = TimeSpan.Zero; break;
            case "duration": options.TrendUpMeanDuration = TimeSpan.FromSeconds(10); break;
            case "amplitude": options.IntradayAmplitude = 1.5; break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, "unknown change");
        }
    }
}
