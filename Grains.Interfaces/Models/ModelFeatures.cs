namespace SmartMarket.Grains.Models;

/// <summary>The inputs of a confirmation model: the signal's direction and confidence and the market around it.</summary>
/// <param name="Direction">+1 for a buy, -1 for a sell.</param>
/// <param name="Confidence">The strategy's own confidence in [0, 1].</param>
/// <param name="RewardToRisk">Distance to the first target over distance to the stop; 0 when unknown.</param>
/// <param name="StopDistance">Distance to the stop as a fraction of the entry price.</param>
/// <param name="Momentum">Return of the last few bars as a fraction (close over an earlier close, minus one).</param>
public readonly record struct ModelFeatures(double Direction, double Confidence, double RewardToRisk, double StopDistance, double Momentum);
