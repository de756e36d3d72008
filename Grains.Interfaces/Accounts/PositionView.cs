namespace SmartMarket.Grains.Accounts;

/// <summary>One open position as shown to clients.</summary>
public sealed record PositionView(string Symbol, decimal Quantity, decimal AverageEntryPrice, decimal MarkPrice, decimal UnrealizedPnl);
