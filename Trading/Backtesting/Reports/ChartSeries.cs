namespace SmartMarket.Trading.Backtesting.Reports;

/// <summary>One line of a chart: its legend name, CSS colour, values (NaN leaves a gap) and whether the area under it is filled.</summary>
internal sealed record ChartSeries(string Name, string Color, double[] Values, bool Filled = false);
