namespace SmartMarket.Trading.Smc;

/// <summary>Whether a swing point is a local high or a local low.</summary>
public enum SwingKind
{
    High = 1,
    Low = 2,
}
