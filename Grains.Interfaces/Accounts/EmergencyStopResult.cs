namespace SmartMarket.Grains.Accounts;

/// <summary>What an emergency stop did.</summary>
/// <param name="CancelledOrders">Open orders cancelled.</param>
/// <param name="FlattenedPositions">Positions closed at the last price.</param>
/// <param name="HaltedStrategies">Strategies told to stop.</param>
public sealed record EmergencyStopResult(int CancelledOrders, int FlattenedPositions, int HaltedStrategies);
