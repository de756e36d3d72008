namespace SmartMarket.Trading.Orders;

/// <summary>How an order becomes executable and at what price.</summary>
public enum OrderType
{
    /// <summary>Executes at the next available price.</summary>
    Market = 1,

    /// <summary>Executes at <see cref="OrderRequest.LimitPrice"/> or better.</summary>
    Limit = 2,

    /// <summary>Becomes a market order once the price reaches <see cref="OrderRequest.StopPrice"/>.</summary>
    Stop = 3,

    /// <summary>Becomes a limit order at <see cref="OrderRequest.LimitPrice"/> once the price reaches <see cref="OrderRequest.StopPrice"/>.</summary>
    StopLimit = 4,

    /// <summary>A stop whose trigger follows the best price since activation by <see cref="OrderRequest.Trail"/>.</summary>
    TrailingStop = 5,
}
