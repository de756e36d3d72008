namespace SmartMarket.Api.GraphQL;

/// <summary>Order types the account grain accepts through the API: every type the paper venue supports.</summary>
public enum OrderType
{
    /// <summary>Fills at the next trade price; takes no limit or stop price.</summary>
    Market = 1,

    /// <summary>Rests until the price reaches <c>limitPrice</c>, then fills at it or better.</summary>
    Limit = 2,

    /// <summary>Becomes a market order when the price reaches <c>stopPrice</c> (above the market to buy, below to sell).</summary>
    Stop = 3,

    /// <summary>Becomes a limit order at <c>limitPrice</c> when the price reaches <c>stopPrice</c>.</summary>
    StopLimit = 4,

    /// <summary>A stop that follows the best price since placing by <c>trailAmount</c> or <c>trailPercent</c>.</summary>
    TrailingStop = 5,
}
