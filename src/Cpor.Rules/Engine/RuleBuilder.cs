using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>
/// Declares one rule: start with <see cref="Match{T}"/> or <see cref="Collect{T, TKey}"/>, add joins and
/// conditions, and end with an action (<c>Yield</c>, <c>YieldMany</c> or <c>Do</c>). The fact types a rule
/// consumes and yields are read from the declaration; they decide the rule's stratum.
/// </summary>
public sealed class RuleBuilder
{
    private readonly RuleSetLayout _layout;
    private bool _started;

    internal RuleBuilder(RuleSetLayout layout, RuleInfo info)
    {
        _layout = layout;
        Info = info;
    }

    internal RuleInfo Info { get; }

    /// <summary>Matches every fact of type <typeparamref name="T"/> that satisfies <paramref name="condition"/> (all of them by default).</summary>
    /// <exception cref="InvalidOperationException">The rule already has a pattern chain.</exception>
    public PatternBuilder<T> Match<T>(Func<T, bool>? condition = null)
    {
        Start();
        var slot = Consume<T>();
        return new PatternBuilder<T>(new Chain<T>(this, next => new MatchSource<T>(Info, slot, condition, next), static t => [t]));
    }

    /// <summary>
    /// Collects the facts of type <typeparamref name="T"/> that satisfy <paramref name="condition"/> into groups by
    /// <paramref name="key"/>; the rule then matches each group once, in the order its first member appears.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rule already has a pattern chain.</exception>
    public PatternBuilder<FactGroup<TKey, T>> Collect<T, TKey>(Func<T, TKey> key, Func<T, bool>? condition = null, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        Start();
        var slot = Consume<T>();
        var keys = comparer ?? EqualityComparer<TKey>.Default;
        return new PatternBuilder<FactGroup<TKey, T>>(new Chain<FactGroup<TKey, T>>(
            this,
            next => new CollectSource<T, TKey>(Info, slot, key, keys, condition, next),
            static g => [g]));
    }

    internal int Consume<T>()
    {
        Info.Consumes.Add(typeof(T));
        return _layout.TypeSlot<T>();
    }

    internal IndexSlot<T, TKey> Consume<T, TKey, TTuple>(FactIndex<T, TKey> index, Func<TTuple, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(key);
        Info.Consumes.Add(typeof(T));
        return _layout.Index(index);
    }

    internal int Produce<T>()
    {
        Info.Produces.Add(typeof(T));
        return _layout.TypeSlot<T>();
    }

    internal void Complete(RuleSource source)
    {
        if (Info.Source is not null)
        {
            throw new InvalidOperationException($"Rule {Info.Id} declares more than one action.");
        }

        Info.Source = source;
    }

    private void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException($"Rule {Info.Id} declares more than one pattern chain; a rule has exactly one.");
        }

        _started = true;
    }
}
