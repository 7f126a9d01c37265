namespace Cpor.Rules.Engine.Runtime;

/// <summary>
/// Where things live in a session of one compiled rule set: a slot per fact type and per declared index, assigned at
/// compilation, so that rules reach their facts and indexes by array position instead of by lookup.
/// </summary>
internal sealed class RuleSetLayout
{
    private readonly Dictionary<Type, int> _typeSlots = [];
    private readonly Dictionary<object, int> _indexSlots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, object> _indexSlotObjects = new(ReferenceEqualityComparer.Instance);
    private readonly List<Func<IFactList>> _listFactories = [];

    public int TypeCount => _listFactories.Count;

    public int IndexCount => _indexSlots.Count;

    public IReadOnlyList<Type> Types => [.. _typeSlots.OrderBy(p => p.Value).Select(p => p.Key)];

    public int TypeSlot<T>()
    {
        if (!_typeSlots.TryGetValue(typeof(T), out var slot))
        {
            slot = _listFactories.Count;
            _typeSlots.Add(typeof(T), slot);
            _listFactories.Add(static () => new FactList<T>());
        }

        return slot;
    }

    public bool TryGetTypeSlot(Type type, out int slot) => _typeSlots.TryGetValue(type, out slot);

    public IndexSlot<T, TKey> Index<T, TKey>(FactIndex<T, TKey> declaration)
        where TKey : notnull
    {
        if (!_indexSlotObjects.TryGetValue(declaration, out var existing))
        {
            var slot = _indexSlots.Count;
            _indexSlots.Add(declaration, slot);
            existing = new IndexSlot<T, TKey>(declaration, TypeSlot<T>(), slot);
            _indexSlotObjects.Add(declaration, existing);
        }

        return (IndexSlot<T, TKey>)existing;
    }

    public bool TryGetIndex<T, TKey>(FactIndex<T, TKey> declaration, out IndexSlot<T, TKey>? slot)
        where TKey : notnull
    {
        slot = _indexSlotObjects.TryGetValue(declaration, out var existing) ? (IndexSlot<T, TKey>)existing : null;
        return slot is not null;
    }

    public IFactList[] NewLists()
    {
        var lists = new IFactList[_listFactories.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = _listFactories[i]();
        }

        return lists;
    }
}
