using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>
/// An immutable set of reference facts shared by many sessions (for example tenants and subscriptions that every
/// claim is checked against). Its hash indexes are built once, on first use, and then shared by all sessions and
/// threads, so evaluating claim after claim against the same facts never re-indexes them.
/// </summary>
public sealed class FactBase
{
    private readonly Dictionary<Type, IFactList> _lists;
    private readonly Dictionary<object, object> _indexes = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _indexLock = new();

    private FactBase(Dictionary<Type, IFactList> lists) => _lists = lists;

    /// <summary>A fact base with no facts.</summary>
    public static FactBase Empty { get; } = new(new Dictionary<Type, IFactList>());

    /// <summary>Returns a new fact base that also holds <paramref name="facts"/>, stored as type <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>, or holds a <see langword="null"/> fact.</exception>
    public FactBase With<T>(IEnumerable<T> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lists = new Dictionary<Type, IFactList>(_lists);
        var list = new FactList<T>();
        if (lists.TryGetValue(typeof(T), out var existing))
        {
            list.AddRange(((FactList<T>)existing).Span.ToArray());
        }

        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(facts), $"The facts of type {typeof(T).Name} hold a null entry.");
            }

            list.Add(fact);
        }

        lists[typeof(T)] = list;
        return new FactBase(lists);
    }

    /// <summary>The facts of type <typeparamref name="T"/>, in the order given.</summary>
    public IReadOnlyList<T> Facts<T>()
        => _lists.TryGetValue(typeof(T), out var list) ? new ArraySegment<T>(((FactList<T>)list).Items, 0, list.Count) : Array.Empty<T>();

    /// <summary>The facts of type <typeparamref name="T"/> whose key, by <paramref name="index"/>, equals <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public Matches<T> Lookup<T, TKey>(FactIndex<T, TKey> index, TKey key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(key);
        var built = Index(index);
        return new Matches<T>(SegmentOf(built, key), Matches<T>.Segment.Empty);
    }

    internal FactList<T>? List<T>() => _lists.TryGetValue(typeof(T), out var list) ? (FactList<T>)list : null;

    internal IFactList? List(Type type) => _lists.GetValueOrDefault(type);

    internal HashIndex<T, TKey>? Index<T, TKey>(FactIndex<T, TKey> declaration)
        where TKey : notnull
    {
        if (List<T>() is not { } list)
        {
            return null;
        }

        lock (_indexLock)
        {
            if (!_indexes.TryGetValue(declaration, out var index))
            {
                index = new HashIndex<T, TKey>(list, declaration);
                _indexes.Add(declaration, index);
            }

            return (HashIndex<T, TKey>)index;
        }
    }

    internal static Matches<T>.Segment SegmentOf<T, TKey>(HashIndex<T, TKey>? index, TKey key)
        where TKey : notnull
    {
        if (index is null)
        {
            return Matches<T>.Segment.Empty;
        }

        var (head, count) = index.Find(key);
        return new Matches<T>.Segment(index.Facts.Items, index.Next, head, count);
    }
}
