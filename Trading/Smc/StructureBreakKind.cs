namespace SmartMarket.Trading.Smc;

/// <summary>What a close beyond the last confirmed swing meant for the trend.</summary>
public enum StructureBreakKind
{
    /// <summary>Break of structure: continues the current trend (or sets the first one).</summary>
    BreakOfStructure = 1,

    /// <summary>Change of character: a break against the current trend, which flips it.</summary>
    ChangeOfCharacter = 2,
}
