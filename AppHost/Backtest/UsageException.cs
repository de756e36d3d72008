namespace SmartMarket.AppHost.Backtest;

/// <summary>Bad command-line input: the message names the option and the problem; the command exits with code 2.</summary>
public sealed class UsageException(string option, string problem) : Exception($"{option}: {problem}")
{
    /// <summary>The option at fault, such as <c>--capital</c>.</summary>
    public string Option { get; } = option;
}
