namespace SmartMarket.Trading.Risk;

/// <summary>
/// Value at risk and conditional value at risk (expected shortfall) at one confidence level, both stated as
/// positive losses in the units of the input (a return fraction, or money for a portfolio), over the same
/// horizon as one input period. A negative value means even the tail is a gain.
/// </summary>
/// <param name="Confidence">E.g. 0.95 or 0.99.</param>
/// <param name="ValueAtRisk">The loss not exceeded with probability <paramref name="Confidence"/>.</param>
/// <param name="ConditionalValueAtRisk">The average loss in the worst 1 − confidence of outcomes; never below VaR.</param>
public readonly record struct VarEstimate(double Confidence, double ValueAtRisk, double ConditionalValueAtRisk);
