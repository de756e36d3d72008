namespace SmartMarket.Api.GraphQL;

/// <summary>Order types the account grain accepts through the API.</summary>
public enum OrderType
{
    /// <summary>Fills at the next trade price; takes no limit or stop price.</summary>
    Market = 1,
}
