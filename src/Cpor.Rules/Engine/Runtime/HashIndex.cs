namespace Cpor.Rules.Engine.Runtime;

/// <summary>
/// A hash index over one fact list: key to a chain of positions, kept in insertion order. Built in one pass, in time
/// linear in the facts; a lookup costs one hash probe. It remembers how many facts it covered, so a list that grew
/// since is indexed again rather than read stale.
/// </summary>
internal sealed class HashIndex<T, TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (int Head, int Count)> _heads;
    private readonly int[] _next;

    public HashIndex(FactList<T> facts, FactIndex<T, TKey> declaration)
    {
        Facts = facts;
        Covered = facts.Count;
        _next = Covered == 0 ? [] : new int[Covered];
        _heads = new Dictionary<TKey, (int, int)>(declaration.Comparer);
        var items = facts.Items;
        var include = declaration.Include;
        var key = declaration.Key;

        // Walk backwards and prepend, so that every chain lists positions in ascending (insertion) order.
        for (var i = Covered - 1; i >= 0; i--)
        {
            var fact = items[i];
            if (include is not null && !include(fact))
            {
                continue;
            }

            ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_heads, key(fact), out var exists);
            _next[i] = exists ? head.Head : -1;
            head = (i, exists ? head.Count + 1 : 1);
        }
    }

    public FactList<T> Facts { get; }

    public int Covered { get; }

    public int[] Next => _next;

    public (int Head, int Count) Find(TKey key)
        => _heads.TryGetValue(key, out var head) ? head : (-1, 0);
}
