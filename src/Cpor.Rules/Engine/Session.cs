using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>
/// One evaluation: insert facts, <see cref="Fire"/> once, then query the facts (inserted and derived), the firings
/// (when tracing) and the faults. A session is not thread-safe; create one per evaluation (they are cheap), and share
/// the <see cref="CompiledRuleSet"/> and any <see cref="FactBase"/> between them.
/// </summary>
public sealed class Session
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly FactBase _shared;
    private readonly IFactList?[] _sharedLists;
    private readonly IFactList[] _own;
    private readonly object?[] _ownIndexes;
    private readonly object?[] _sharedIndexes;
    private readonly object?[] _emitters;
    private readonly List<RuleFiring>? _firings;
    private List<RuleFault>? _faults;
    private Dictionary<Type, IFactList>? _unused;
    private Dictionary<object, object>? _adHocIndexes;
    private bool _fired;

    internal Session(CompiledRuleSet ruleSet, FactBase? shared, SessionOptions? options)
    {
        _ruleSet = ruleSet;
        _shared = shared ?? FactBase.Empty;
        Options = options ?? SessionOptions.Default;
        var layout = ruleSet.Layout;
        _own = layout.NewLists();
        _sharedLists = new IFactList?[_own.Length];
        for (var i = 0; i < _own.Length; i++)
        {
            _sharedLists[i] = _shared.List(_own[i].FactType);
        }

        _ownIndexes = new object?[layout.IndexCount];
        _sharedIndexes = new object?[layout.IndexCount];
        _emitters = new object?[_own.Length];
        _firings = Options.Trace ? [] : null;
    }

    /// <summary>The options this session runs with.</summary>
    public SessionOptions Options { get; }

    /// <summary>Whether <see cref="Fire"/> has run.</summary>
    public bool HasFired => _fired;

    /// <summary>Every firing, in firing order, when <see cref="SessionOptions.Trace"/> is on; otherwise empty.</summary>
    public IReadOnlyList<RuleFiring> Firings => (IReadOnlyList<RuleFiring>?)_firings ?? [];

    /// <summary>Every condition, key or action that threw, in the order it happened.</summary>
    public IReadOnlyList<RuleFault> Faults => (IReadOnlyList<RuleFault>?)_faults ?? [];

    internal bool Tracing => _firings is not null;

    /// <summary>Inserts one fact, stored as type <typeparamref name="T"/> (rules match on that type).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The session has fired.</exception>
    public void Insert<T>(T fact)
    {
        if (fact is null)
        {
            throw new ArgumentNullException(nameof(fact));
        }

        Writable<T>().Add(fact);
    }

    /// <summary>Inserts many facts, stored as type <typeparamref name="T"/>, in the order given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/> or holds a <see langword="null"/> fact.</exception>
    /// <exception cref="InvalidOperationException">The session has fired.</exception>
    public void InsertRange<T>(IEnumerable<T> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = Writable<T>();
        if (facts is ICollection<T> collection)
        {
            list.EnsureCapacity(list.Count + collection.Count);
        }

        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(facts), $"The facts of type {typeof(T).Name} hold a null entry.");
            }

            list.Add(fact);
        }
    }

    /// <summary>
    /// Fires every rule once, stratum by stratum (then by priority, then by id): each rule sees all the facts of the
    /// types it consumes, because every rule that produces them fired in an earlier stratum.
    /// </summary>
    /// <exception cref="InvalidOperationException">The session has fired already.</exception>
    public void Fire()
    {
        if (_fired)
        {
            throw new InvalidOperationException("This session has fired already; create a new session to evaluate again.");
        }

        _fired = true;
        foreach (var rule in _ruleSet.FiringOrder)
        {
            rule.Source!.Run(this);
        }
    }

    /// <summary>All facts of type <typeparamref name="T"/>: shared facts first, then inserted and derived ones, in fact order.</summary>
    public IReadOnlyList<T> Query<T>()
    {
        var shared = _shared.List<T>();
        var own = OwnList<T>();
        if (own is null || own.Count == 0)
        {
            return shared is null ? Array.Empty<T>() : new ArraySegment<T>(shared.Items, 0, shared.Count);
        }

        if (shared is null || shared.Count == 0)
        {
            return new ArraySegment<T>(own.Items, 0, own.Count);
        }

        return [.. shared.Span, .. own.Span];
    }

    /// <summary>The facts of type <typeparamref name="T"/> whose key, by <paramref name="index"/>, equals <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public Matches<T> Lookup<T, TKey>(FactIndex<T, TKey> index, TKey key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(key);
        if (_ruleSet.Layout.TryGetIndex(index, out var slot))
        {
            return Find(slot!, key);
        }

        // An index no rule declared: build it for this session only.
        _adHocIndexes ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        var own = OwnList<T>();
        HashIndex<T, TKey>? built = null;
        if (own is not null)
        {
            if (!_adHocIndexes.TryGetValue(index, out var cached) || ((HashIndex<T, TKey>)cached).Covered != own.Count)
            {
                cached = new HashIndex<T, TKey>(own, index);
                _adHocIndexes[index] = cached;
            }

            built = (HashIndex<T, TKey>)cached;
        }

        return new Matches<T>(FactBase.SegmentOf(_shared.Index(index), key), FactBase.SegmentOf(built, key));
    }

    internal int SharedCount<T>() => _shared.List<T>()?.Count ?? 0;

    internal (FactList<T>? Shared, FactList<T>? Own) Facts<T>(int typeSlot)
        => ((FactList<T>?)_sharedLists[typeSlot], (FactList<T>)_own[typeSlot]);

    internal FactList<T> Output<T>(int typeSlot) => (FactList<T>)_own[typeSlot];

    internal Emitter<T> Emitter<T>(int typeSlot)
        => (Emitter<T>)(_emitters[typeSlot] ??= new Emitter<T>(Output<T>(typeSlot)));

    internal Matches<T> Find<T, TKey>(IndexSlot<T, TKey> slot, TKey key)
        where TKey : notnull
    {
        var own = (FactList<T>)_own[slot.TypeSlot];
        var ownSegment = Matches<T>.Segment.Empty;
        if (own.Count > 0)
        {
            var index = (HashIndex<T, TKey>?)_ownIndexes[slot.Slot];
            if (index is null || index.Covered != own.Count)
            {
                index = new HashIndex<T, TKey>(own, slot.Declaration);
                _ownIndexes[slot.Slot] = index;
            }

            ownSegment = FactBase.SegmentOf(index, key);
        }

        var sharedSegment = Matches<T>.Segment.Empty;
        if (_sharedLists[slot.TypeSlot] is not null)
        {
            var index = (HashIndex<T, TKey>?)(_sharedIndexes[slot.Slot] ??= _shared.Index(slot.Declaration));
            sharedSegment = FactBase.SegmentOf(index, key);
        }

        return new Matches<T>(sharedSegment, ownSegment);
    }

    internal void Fault(RuleInfo rule, object?[] facts, Exception exception)
        => (_faults ??= []).Add(new RuleFault(rule.Id, facts, exception));

    internal void RecordFiring(RuleInfo rule, object?[] facts, IReadOnlyList<object?> produced)
        => _firings?.Add(new RuleFiring(rule.Id, facts, produced));

    private FactList<T>? OwnList<T>()
    {
        if (_ruleSet.Layout.TryGetTypeSlot(typeof(T), out var slot))
        {
            return (FactList<T>)_own[slot];
        }

        return _unused is not null && _unused.TryGetValue(typeof(T), out var list) ? (FactList<T>)list : null;
    }

    private FactList<T> Writable<T>()
    {
        if (_fired)
        {
            throw new InvalidOperationException("This session has fired; facts can no longer be inserted.");
        }

        if (OwnList<T>() is { } list)
        {
            return list;
        }

        // A type no rule consumes or produces: kept so that Query returns it, never matched.
        var created = new FactList<T>();
        (_unused ??= []).Add(typeof(T), created);
        return created;
    }
}
