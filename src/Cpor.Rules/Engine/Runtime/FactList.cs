namespace Cpor.Rules.Engine.Runtime;

/// <summary>A non-generic view of a fact list, for storage by type.</summary>
internal interface IFactList
{
    int Count { get; }

    Type FactType { get; }

    object? Get(int index);
}

/// <summary>An append-only list of facts of one type, in insertion order (the "fact order" rules fire in).</summary>
internal sealed class FactList<T> : IFactList
{
    private T[] _items = [];

    public int Count { get; private set; }

    public Type FactType => typeof(T);

    public T[] Items => _items;

    public ReadOnlySpan<T> Span => _items.AsSpan(0, Count);

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        _items[Count++] = item;
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items is ICollection<T> collection)
        {
            EnsureCapacity(Count + collection.Count);
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(capacity, _items.Length * 2));
        }
    }

    public object? Get(int index) => _items[index];
}
