namespace SmartMarket.Trading.Orders;

/// <summary>Why an order was refused: a code for programs, the offending field and a sentence for people.</summary>
/// <param name="Field">Name of the <see cref="OrderRequest"/> property at fault, or null when no single field is.</param>
public sealed record OrderRejection(RejectCode Code, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}
