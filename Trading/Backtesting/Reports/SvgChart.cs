using System.Globalization;
using System.Text;

namespace SmartMarket.Trading.Backtesting.Reports;

/// <summary>
/// Draws a time-series line chart as inline SVG: gridlines at rounded values, dated x axis, value-labelled y axis and
/// a legend. Pure text, so the report needs no script or network to show it.
/// </summary>
internal static class SvgChart
{
    private const double Width = 1100, Height = 320, Left = 84, Right = 18, Top = 16, Bottom = 34;

    /// <param name="format">Formats a y-axis value.</param>
    public static string Render(string id, DateTime[] times, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var (min, max) = Range(series);
        var ticks = NiceTicks(min, max, 6);
        min = Math.Min(min, ticks[0]);
        max = Math.Max(max, ticks[^1]);
        var t0 = times[0].Ticks;
        var span = Math.Max(1, times[^1].Ticks - t0);
        double X(int i) => Left + (Width - Left - Right) * (times[i].Ticks - t0) / span;
        double Y(double v) => Top + (Height - Top - Bottom) * (max - v) / (max - min);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">"));
        foreach (var tick in ticks)
        {
            var y = Y(tick);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:F1}\" y2=\"{y:F1}\"/>"));
            svg.Append(Invariant($"<text class=\"ylabel\" x=\"{Left - 8}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Escape(format(tick))}</text>"));
        }
        const int xLabels = 6;
        for (var k = 0; k <= xLabels; k++)
        {
            var time = new DateTime(t0 + span * k / xLabels, DateTimeKind.Utc);
            var x = Left + (Width - Left - Right) * k / xLabels;
            var anchor = k == 0 ? "start" : k == xLabels ? "end" : "middle";
            svg.Append(Invariant($"<line class=\"tick\" x1=\"{x:F1}\" x2=\"{x:F1}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom + 5}\"/>"));
            svg.Append(Invariant($"<text class=\"xlabel\" x=\"{x:F1}\" y=\"{Height - 10}\" text-anchor=\"{anchor}\">{time:yyyy-MM-dd}</text>"));
        }
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\"/>"));
        foreach (var s in series)
        {
            var path = Path(s.Values, X, Y);
            if (path.Length == 0)
                continue;
            if (s.Filled)
            {
                var baseline = Y(Math.Clamp(0, min, max));
                svg.Append(Invariant($"<path class=\"area\" fill=\"{s.Color}\" d=\"{path}L{X(times.Length - 1):F1},{baseline:F1}L{X(0):F1},{baseline:F1}Z\"/>"));
            }
            svg.Append(Invariant($"<path class=\"line\" stroke=\"{s.Color}\" d=\"{path}\"><title>{Escape(s.Name)}</title></path>"));
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Evenly spaced round values (1, 2 or 5 times a power of ten) covering [min, max].</summary>
    public static double[] NiceTicks(double min, double max, int wanted)
    {
        if (!(max > min))
        {
            var pad = Math.Abs(min) > 0 ? Math.Abs(min) * 0.01 : 1;
            (min, max) = (min - pad, max + pad);
        }
        var raw = (max - min) / wanted;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = raw / power < 1.5 ? power : raw / power < 3 ? 2 * power : raw / power < 7 ? 5 * power : 10 * power;
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var count = (int)Math.Round((last - first) / step) + 1;
        var ticks = new double[count];
        for (var i = 0; i < count; i++)
            ticks[i] = first + i * step;
        return ticks;
    }

    private static string Path(double[] values, Func<int, double> x, Func<double, double> y)
    {
        var d = new StringBuilder();
        var pen = false;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                pen = false;
                continue;
            }
            d.Append(pen ? 'L' : 'M').Append(Invariant($"{x(i):F1},{y(values[i]):F1}"));
            pen = true;
        }
        return d.ToString();
    }

    private static (double Min, double Max) Range(IReadOnlyList<ChartSeries> series)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var s in series)
        {
            foreach (var v in s.Values)
            {
                if (!double.IsFinite(v))
                    continue;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }
        return double.IsFinite(min) ? (min, max) : (0, 1);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
