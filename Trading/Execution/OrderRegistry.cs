using System.Globalization;
using SmartMarket.Trading.Orders;

namespace SmartMarket.Trading.Execution;

/// <summary>Assigns order ids and finds working orders by venue id or client id.</summary>
internal sealed class OrderRegistry
{
    private readonly Dictionary<OrderId, WorkingOrder> _byId = [];
    private readonly Dictionary<string, WorkingOrder> _byClientId = new(StringComparer.Ordinal);

    public long NextId { get; set; } = 1;

    public OrderId TakeId() => new(NextId++);

    public bool IsClientIdInUse(string clientOrderId) => _byClientId.ContainsKey(clientOrderId);

    /// <summary>A client id for an order the client did not name, or for a bracket leg: deterministic and unused.</summary>
    public string MakeClientId(OrderId id, string? stem)
    {
        var text = stem ?? "sim-" + id.Value.ToString(CultureInfo.InvariantCulture);
        return IsClientIdInUse(text) ? text + "-" + id.Value.ToString(CultureInfo.InvariantCulture) : text;
    }

    public void Add(WorkingOrder order)
    {
        _byId.Add(order.Id, order);
        _byClientId.Add(order.ClientOrderId, order);
    }

    public void Release(WorkingOrder order)
    {
        _byId.Remove(order.Id);
        _byClientId.Remove(order.ClientOrderId);
    }

    public WorkingOrder? Find(OrderId id) => _byId.GetValueOrDefault(id);

    public WorkingOrder? Find(string clientOrderId) => _byClientId.GetValueOrDefault(clientOrderId);
}
