namespace Cpor.Rules.Engine;

/// <summary>
/// A declared hash key over facts of type <typeparamref name="T"/>, for joins, <c>Not</c>/<c>Exists</c> and lookups.
/// Declare it once (a <see langword="static readonly"/> field) and share it between rules: each session, and each
/// <see cref="FactBase"/>, builds the hash index for it once, on first use, in time linear in the facts.
/// </summary>
/// <typeparam name="T">The fact type indexed.</typeparam>
/// <typeparam name="TKey">The key type. Keys are compared with <see cref="Comparer"/>.</typeparam>
public sealed class FactIndex<T, TKey>
    where TKey : notnull
{
    /// <summary>Declares an index.</summary>
    /// <param name="name">A name for explanations and errors.</param>
    /// <param name="key">The key of a fact. Must not throw, and must return the same key for the same fact.</param>
    /// <param name="comparer">How keys compare; defaults to <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <param name="include">Which facts are indexed; defaults to all. Facts without a meaningful key are left out here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public FactIndex(string name, Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null, Func<T, bool>? include = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Comparer = comparer ?? EqualityComparer<TKey>.Default;
        Include = include;
    }

    /// <summary>The index's name.</summary>
    public string Name { get; }

    /// <summary>The key of a fact.</summary>
    public Func<T, TKey> Key { get; }

    /// <summary>How keys compare.</summary>
    public IEqualityComparer<TKey> Comparer { get; }

    /// <summary>Which facts are indexed; <see langword="null"/> for all.</summary>
    public Func<T, bool>? Include { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({typeof(T).Name} by {typeof(TKey).Name})";
}
