using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>A rule's pattern chain with two matched facts. Extend it, or end it with an action.</summary>
/// <typeparam name="T1">The first matched fact.</typeparam>
/// <typeparam name="T2">The second matched fact.</typeparam>
public sealed class PatternBuilder<T1, T2>
{
    private readonly Chain<(T1, T2)> _chain;

    internal PatternBuilder(Chain<(T1, T2)> chain) => _chain = chain;

    /// <summary>Keeps only matches that satisfy <paramref name="condition"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2> Where(Func<T1, T2, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new(_chain.Where(t => condition(t.Item1, t.Item2)));
    }

    /// <summary>Joins each match to every fact of type <typeparamref name="T3"/> with the same key (a hash probe, never a scan).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2, T3> Join<T3, TKey>(FactIndex<T3, TKey> index, Func<T1, T2, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(_chain.Join(index, t => key(t.Item1, t.Item2), static (t, c) => (t.Item1, t.Item2, c), static t => [t.Item1, t.Item2, t.Item3]));
    }

    /// <summary>Extends each match with all facts of type <typeparamref name="T3"/> with the same key, possibly none.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2, Matches<T3>> JoinAll<T3, TKey>(FactIndex<T3, TKey> index, Func<T1, T2, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(_chain.JoinAll(index, t => key(t.Item1, t.Item2), static (t, c) => (t.Item1, t.Item2, c), static t => [t.Item1, t.Item2, t.Item3.ToArray()]));
    }

    /// <summary>Keeps matches for which a fact of type <typeparamref name="T3"/> with the same key (and satisfying <paramref name="condition"/>) exists.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2> Exists<T3, TKey>(FactIndex<T3, TKey> index, Func<T1, T2, TKey> key, Func<T1, T2, T3, bool>? condition = null)
        where TKey : notnull
        => new(_chain.Exists(index, Adapt(key), Adapt(condition), negate: false));

    /// <summary>Keeps matches for which no fact of type <typeparamref name="T3"/> with the same key (and satisfying <paramref name="condition"/>) exists.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2> Not<T3, TKey>(FactIndex<T3, TKey> index, Func<T1, T2, TKey> key, Func<T1, T2, T3, bool>? condition = null)
        where TKey : notnull
        => new(_chain.Exists(index, Adapt(key), Adapt(condition), negate: true));

    /// <summary>Ends the rule: each match yields one new fact.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="make"/> is <see langword="null"/>.</exception>
    public void Yield<TOut>(Func<T1, T2, TOut> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        _chain.Yield(t => make(t.Item1, t.Item2));
    }

    /// <summary>Ends the rule: each match may emit any number of new facts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="emit"/> is <see langword="null"/>.</exception>
    public void YieldMany<TOut>(Action<T1, T2, Emitter<TOut>> emit)
    {
        ArgumentNullException.ThrowIfNull(emit);
        _chain.YieldMany<TOut>((t, e) => emit(t.Item1, t.Item2, e));
    }

    /// <summary>Ends the rule with an action that yields nothing (side effects only).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public void Do(Action<T1, T2> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _chain.Do(t => action(t.Item1, t.Item2));
    }

    private static Func<(T1, T2), TKey> Adapt<TKey>(Func<T1, T2, TKey> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return t => key(t.Item1, t.Item2);
    }

    private static Func<(T1, T2), T3, bool>? Adapt<T3>(Func<T1, T2, T3, bool>? condition)
        => condition is null ? null : (t, c) => condition(t.Item1, t.Item2, c);
}
