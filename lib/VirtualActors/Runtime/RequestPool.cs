namespace VirtualActors.Runtime;

/// <summary>A small per-thread pool of request objects of one generated type.</summary>
public static class RequestPool<T> where T : class
{
    private const int Capacity = 32;

    [ThreadStatic]
    private static T?[]? t_items;

    [ThreadStatic]
    private static int t_count;

    public static T? Rent()
    {
        var items = t_items;
        if (items is null || t_count == 0)
            return null;
        var item = items[--t_count];
        items[t_count] = null;
        return item;
    }

    public static void Return(T item)
    {
        var items = t_items ??= new T?[Capacity];
        if (t_count < Capacity)
            items[t_count++] = item;
    }
}
