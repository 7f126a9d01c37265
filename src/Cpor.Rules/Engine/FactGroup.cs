namespace Cpor.Rules.Engine;

/// <summary>
/// A group of facts of type <typeparamref name="T"/> that share a key, produced by <c>Collect</c>. Members are in
/// fact order; groups come in the order their first member appears.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="T">The fact type.</typeparam>
public readonly struct FactGroup<TKey, T>
{
    private readonly T[] _items;
    private readonly int _start;

    internal FactGroup(TKey key, T[] items, int start, int count)
    {
        Key = key;
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>The key the members share.</summary>
    public TKey Key { get; }

    /// <summary>How many members the group has (at least one).</summary>
    public int Count { get; }

    /// <summary>The members, in fact order.</summary>
    public ReadOnlySpan<T> Items => _items.AsSpan(_start, Count);

    /// <summary>The member at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> - 1.</exception>
    public T this[int index] => Items[index];

    /// <summary>Returns an enumerator over the members.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <summary>Copies the members to a new array.</summary>
    public T[] ToArray() => Items.ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Count})";
}
