using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>A rule's pattern chain with one matched fact (or group). Extend it, or end it with an action.</summary>
/// <typeparam name="T1">The first matched fact.</typeparam>
public sealed class PatternBuilder<T1>
{
    private readonly Chain<T1> _chain;

    internal PatternBuilder(Chain<T1> chain) => _chain = chain;

    /// <summary>Keeps only matches that satisfy <paramref name="condition"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1> Where(Func<T1, bool> condition) => new(_chain.Where(condition));

    /// <summary>Joins each match to every fact of type <typeparamref name="T2"/> with the same key (a hash probe, never a scan).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PatternBuilder<T1, T2> Join<T2, TKey>(FactIndex<T2, TKey> index, Func<T1, TKey> key)
        where TKey : notnull
        => new(_chain.Join(index, key, static (a, b) => (a, b), static t => [t.Item1, t.Item2]));

    /// <summary>Extends each match with all facts of type <typeparamref name="T2"/> with the same key, possibly none.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PatternBuilder<T1, Matches<T2>> JoinAll<T2, TKey>(FactIndex<T2, TKey> index, Func<T1, TKey> key)
        where TKey : notnull
        => new(_chain.JoinAll(index, key, static (a, b) => (a, b), static t => [t.Item1, t.Item2.ToArray()]));

    /// <summary>Keeps matches for which a fact of type <typeparamref name="T2"/> with the same key (and satisfying <paramref name="condition"/>) exists.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1> Exists<T2, TKey>(FactIndex<T2, TKey> index, Func<T1, TKey> key, Func<T1, T2, bool>? condition = null)
        where TKey : notnull
        => new(_chain.Exists(index, key, condition, negate: false));

    /// <summary>Keeps matches for which no fact of type <typeparamref name="T2"/> with the same key (and satisfying <paramref name="condition"/>) exists.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public PatternBuilder<T1> Not<T2, TKey>(FactIndex<T2, TKey> index, Func<T1, TKey> key, Func<T1, T2, bool>? condition = null)
        where TKey : notnull
        => new(_chain.Exists(index, key, condition, negate: true));

    /// <summary>Ends the rule: each match yields one new fact.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="make"/> is <see langword="null"/>.</exception>
    public void Yield<TOut>(Func<T1, TOut> make) => _chain.Yield(make);

    /// <summary>Ends the rule: each match may emit any number of new facts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="emit"/> is <see langword="null"/>.</exception>
    public void YieldMany<TOut>(Action<T1, Emitter<TOut>> emit) => _chain.YieldMany(emit);

    /// <summary>Ends the rule with an action that yields nothing (side effects only).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public void Do(Action<T1> action) => _chain.Do(action);
}
