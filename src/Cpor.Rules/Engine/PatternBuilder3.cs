using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>A rule's pattern chain with three matched facts: the longest chain. Filter it, or end it with an action.</summary>
/// <typeparam name="T1">The first matched fact.</typeparam>
/// <typeparam name="T2">The second matched fact.</typeparam>
/// <typeparam name="T3">The third matched fact.</typeparam>
public sealed class PatternBuilder<T1, T2, T3>
{
    private readonly Chain<(T1, T2, T3)> _chain;

    internal PatternBuilder(Chain<(T1, T2, T3)> chain) => _chain = chain;

    /// <summary>Keeps only matches that satisfy <paramref name="condition"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2, T3> Where(Func<T1, T2, T3, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new(_chain.Where(t => condition(t.Item1, t.Item2, t.Item3)));
    }

    /// <summary>Keeps matches for which no fact of type <typeparamref name="T4"/> with the same key exists.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2, T3> Not<T4, TKey>(FactIndex<T4, TKey> index, Func<T1, T2, T3, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(_chain.Exists(index, t => key(t.Item1, t.Item2, t.Item3), null, negate: true));
    }

    /// <summary>Keeps matches for which a fact of type <typeparamref name="T4"/> with the same key exists.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2, T3> Exists<T4, TKey>(FactIndex<T4, TKey> index, Func<T1, T2, T3, TKey> key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(_chain.Exists(index, t => key(t.Item1, t.Item2, t.Item3), null, negate: false));
    }

    /// <summary>Ends the rule: each match yields one new fact.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="make"/> is <see langword="null"/>.</exception>
    public void Yield<TOut>(Func<T1, T2, T3, TOut> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        _chain.Yield(t => make(t.Item1, t.Item2, t.Item3));
    }

    /// <summary>Ends the rule: each match may emit any number of new facts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="emit"/> is <see langword="null"/>.</exception>
    public void YieldMany<TOut>(Action<T1, T2, T3, Emitter<TOut>> emit)
    {
        ArgumentNullException.ThrowIfNull(emit);
        _chain.YieldMany<TOut>((t, e) => emit(t.Item1, t.Item2, t.Item3, e));
    }

    /// <summary>Ends the rule with an action that yields nothing (side effects only).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public void Do(Action<T1, T2, T3> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _chain.Do(t => action(t.Item1, t.Item2, t.Item3));
    }
}
