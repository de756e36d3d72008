namespace SmartMarket.AppHost.Backtest;

/// <summary>A one-line progress bar on standard error, drawn only on a terminal and at most once per percent.</summary>
public sealed class ConsoleProgressBar
{
    private const int Width = 40;
    private readonly TextWriter _output;
    private readonly bool _enabled;
    private int _lastPercent = -1;

    public ConsoleProgressBar(TextWriter output, bool enabled)
    {
        _output = output;
        _enabled = enabled;
    }

    /// <summary>Shows <paramref name="fraction"/> (0..1) done.</summary>
    public void Report(double fraction)
    {
        var percent = (int)Math.Clamp(fraction * 100, 0, 100);
        if (!_enabled || percent == _lastPercent)
            return;
        _lastPercent = percent;
        var filled = percent * Width / 100;
        _output.Write($"\r  [{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}%");
        if (percent == 100)
            _output.WriteLine();
    }
}
