using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Orders;

namespace Trading.Tests.Orders;

public class OrderRequestValidatorTests
{
    private static readonly Symbol Btc = new("BTCUSDT");
    private const decimal Market = 100m;

    public static TheoryData<string, OrderRequest, decimal?, RejectCode, string?> BadRequests => new()
    {
        { "zero quantity", OrderRequest.Market(Btc, Side.Buy, 0m), Market, RejectCode.InvalidQuantity, "Quantity" },
        { "negative quantity", OrderRequest.Market(Btc, Side.Buy, -1m), Market, RejectCode.InvalidQuantity, "Quantity" },
        { "no symbol", OrderRequest.Market(default, Side.Buy, 1m), Market, RejectCode.InvalidField, "Symbol" },
        { "undefined side", OrderRequest.Market(Btc, (Side)0, 1m), Market, RejectCode.InvalidField, "Side" },
        { "undefined type", OrderRequest.Market(Btc, Side.Buy, 1m) with { Type = (OrderType)42 }, Market, RejectCode.InvalidField, "Type" },
        { "undefined time in force", OrderRequest.Market(Btc, Side.Buy, 1m) with { TimeInForce = 0 }, Market, RejectCode.InvalidField, "TimeInForce" },
        { "limit price on market", OrderRequest.Market(Btc, Side.Buy, 1m) with { LimitPrice = 99m }, Market, RejectCode.UnexpectedPrice, "LimitPrice" },
        { "stop price on market", OrderRequest.Market(Btc, Side.Buy, 1m) with { StopPrice = 99m }, Market, RejectCode.UnexpectedPrice, "StopPrice" },
        { "stop price on limit", OrderRequest.Limit(Btc, Side.Buy, 1m, 99m) with { StopPrice = 98m }, Market, RejectCode.UnexpectedPrice, "StopPrice" },
        { "trail on limit", OrderRequest.Limit(Btc, Side.Buy, 1m, 99m) with { Trail = TrailingOffset.ByAmount(1m) }, Market, RejectCode.UnexpectedPrice, "Trail" },
        { "limit without price", OrderRequest.Limit(Btc, Side.Buy, 1m, 99m) with { LimitPrice = null }, Market, RejectCode.MissingLimitPrice, "LimitPrice" },
        { "zero limit price", OrderRequest.Limit(Btc, Side.Buy, 1m, 0m), Market, RejectCode.InvalidPrice, "LimitPrice" },
        { "stop without price", OrderRequest.Stop(Btc, Side.Sell, 1m, 95m) with { StopPrice = null }, Market, RejectCode.MissingStopPrice, "StopPrice" },
        { "negative stop price", OrderRequest.Stop(Btc, Side.Sell, 1m, -5m), Market, RejectCode.InvalidPrice, "StopPrice" },
        { "stop-limit without limit", OrderRequest.StopLimit(Btc, Side.Sell, 1m, 95m, 94m) with { LimitPrice = null }, Market, RejectCode.MissingLimitPrice, "LimitPrice" },
        { "trailing without trail", OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByAmount(1m)) with { Trail = null }, Market, RejectCode.MissingTrail, "Trail" },
        { "zero trail", OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByAmount(0m)), Market, RejectCode.InvalidPrice, "Trail" },
        { "trail of 100 %", OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByPercent(100m)), Market, RejectCode.InvalidPrice, "Trail" },
        { "buy stop below market", OrderRequest.Stop(Btc, Side.Buy, 1m, 99m), Market, RejectCode.StopOnWrongSide, "StopPrice" },
        { "buy stop at market", OrderRequest.Stop(Btc, Side.Buy, 1m, 100m), Market, RejectCode.StopOnWrongSide, "StopPrice" },
        { "sell stop above market", OrderRequest.Stop(Btc, Side.Sell, 1m, 101m), Market, RejectCode.StopOnWrongSide, "StopPrice" },
        { "sell stop-limit above market", OrderRequest.StopLimit(Btc, Side.Sell, 1m, 101m, 100m), Market, RejectCode.StopOnWrongSide, "StopPrice" },
        { "stop with no market price", OrderRequest.Stop(Btc, Side.Sell, 1m, 95m), null, RejectCode.NoReferencePrice, "StopPrice" },
        { "client id with a space", OrderRequest.Market(Btc, Side.Buy, 1m) with { ClientOrderId = "my order" }, Market, RejectCode.InvalidClientOrderId, "ClientOrderId" },
        { "empty client id", OrderRequest.Market(Btc, Side.Buy, 1m) with { ClientOrderId = "" }, Market, RejectCode.InvalidClientOrderId, "ClientOrderId" },
        { "client id too long", OrderRequest.Market(Btc, Side.Buy, 1m) with { ClientOrderId = new string('x', 65) }, Market, RejectCode.InvalidClientOrderId, "ClientOrderId" },
        { "buy bracket stop above entry", OrderRequest.Limit(Btc, Side.Buy, 1m, 99m).WithBracket(99.5m, 110m), Market, RejectCode.InvalidBracket, "Bracket" },
        { "buy bracket target below entry", OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(95m, 99m), Market, RejectCode.InvalidBracket, "Bracket" },
        { "sell bracket legs swapped", OrderRequest.Market(Btc, Side.Sell, 1m).WithBracket(95m, 105m), Market, RejectCode.InvalidBracket, "Bracket" },
        { "market bracket with no market price", OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(95m, 105m), null, RejectCode.NoReferencePrice, "Bracket" },
        { "reduce-only bracket", OrderRequest.Market(Btc, Side.Buy, 1m).WithBracket(95m, 105m) with { ReduceOnly = true }, Market, RejectCode.InvalidBracket, "Bracket" },
        { "trailing bracket", OrderRequest.TrailingStop(Btc, Side.Buy, 1m, TrailingOffset.ByPercent(1m)).WithBracket(95m, 105m), Market, RejectCode.InvalidBracket, "Bracket" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Validate_BadRequest_NamesTheFieldAndTheProblem(string _, OrderRequest request, decimal? market, RejectCode code, string? field)
    {
        var rejection = request.Validate(market);

        Assert.NotNull(rejection);
        Assert.Equal(code, rejection.Code);
        Assert.Equal(field, rejection.Field);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Message));
    }

    public static TheoryData<string, OrderRequest, decimal?> GoodRequests => new()
    {
        { "market", OrderRequest.Market(Btc, Side.Buy, 0.001m), null },
        { "limit", OrderRequest.Limit(Btc, Side.Sell, 2m, 150m), null },
        { "buy stop above market", OrderRequest.Stop(Btc, Side.Buy, 1m, 101m), Market },
        { "sell stop-limit below market", OrderRequest.StopLimit(Btc, Side.Sell, 1m, 99m, 98m), Market },
        { "trailing percent", OrderRequest.TrailingStop(Btc, Side.Sell, 1m, TrailingOffset.ByPercent(2.5m)), null },
        { "limit bracket", OrderRequest.Limit(Btc, Side.Buy, 1m, 99m).WithBracket(95m, 110m), null },
        { "sell market bracket", OrderRequest.Market(Btc, Side.Sell, 1m).WithBracket(105m, 90m), Market },
        { "fok with client id", OrderRequest.Market(Btc, Side.Buy, 1m) with { TimeInForce = TimeInForce.Fok, ClientOrderId = "abc-1:x/y" }, null },
    };

    [Theory]
    [MemberData(nameof(GoodRequests))]
    public void Validate_WellFormedRequest_ReturnsNull(string _, OrderRequest request, decimal? market) =>
        Assert.Null(request.Validate(market));

    [Fact]
    public void Rejection_ToString_CarriesCodeFieldAndMessage()
    {
        var text = OrderRequest.Market(Btc, Side.Buy, 0m).Validate()!.ToString();

        Assert.StartsWith("InvalidQuantity (Quantity): ", text);
        Assert.Contains("greater than zero", text);
    }
}
