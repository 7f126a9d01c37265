namespace Cpor.Rules.Engine;

/// <summary>
/// Several sessions of one rule set, each holding the facts of some partition keys, fired in parallel. Every fact
/// with the same partition key lands in the same partition, so a rule set whose joins and groups never cross
/// partition keys derives exactly the facts one sequential session would; <see cref="Query{T}"/> returns them
/// partition by partition.
/// </summary>
public sealed class PartitionedSession
{
    private readonly Session[] _partitions;

    internal PartitionedSession(CompiledRuleSet ruleSet, int partitions, FactBase? facts, SessionOptions? options)
    {
        _partitions = new Session[partitions];
        for (var i = 0; i < partitions; i++)
        {
            _partitions[i] = ruleSet.CreateSession(facts, options);
        }
    }

    /// <summary>The partitions' sessions.</summary>
    public IReadOnlyList<Session> Partitions => _partitions;

    /// <summary>Inserts facts, each into the partition of its key (by the key's hash code).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a fact is.</exception>
    /// <exception cref="InvalidOperationException">The session has fired.</exception>
    public void InsertRange<T, TKey>(IEnumerable<T> facts, Func<T, TKey> partitionKey, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(partitionKey);
        comparer ??= EqualityComparer<TKey>.Default;
        foreach (var fact in facts)
        {
            _partitions[PartitionOf(comparer.GetHashCode(partitionKey(fact)))].Insert(fact);
        }
    }

    /// <summary>Inserts facts into a given partition (for callers that partition themselves).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partition"/> is not a partition number.</exception>
    public void InsertRange<T>(int partition, IEnumerable<T> facts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, _partitions.Length);
        _partitions[partition].InsertRange(facts);
    }

    /// <summary>Fires every partition, in parallel.</summary>
    /// <param name="maxDegreeOfParallelism">At most this many partitions at once; defaults to the processor count.</param>
    /// <exception cref="InvalidOperationException">The session has fired already.</exception>
    public void Fire(int? maxDegreeOfParallelism = null)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, _partitions.Length, options, i => _partitions[i].Fire());
    }

    /// <summary>All facts of type <typeparamref name="T"/>, partition by partition (shared facts appear once).</summary>
    public IReadOnlyList<T> Query<T>()
    {
        var result = new List<T>();
        for (var i = 0; i < _partitions.Length; i++)
        {
            var facts = _partitions[i].Query<T>();
            result.AddRange(i == 0 ? facts : facts.Skip(SharedCount<T>()));
        }

        return result;
    }

    /// <summary>Every partition's firings, partition by partition.</summary>
    public IReadOnlyList<RuleFiring> Firings => [.. _partitions.SelectMany(p => p.Firings)];

    /// <summary>Every partition's faults, partition by partition.</summary>
    public IReadOnlyList<RuleFault> Faults => [.. _partitions.SelectMany(p => p.Faults)];

    private int SharedCount<T>() => _partitions[0].SharedCount<T>();

    private int PartitionOf(int hash) => (int)((uint)hash % (uint)_partitions.Length);
}
