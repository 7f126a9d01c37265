using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// What the platform knows when claims are judged: tenants, subscriptions, partners and approved associations.
/// Immutable and thread-safe. Its lookups are built once, on first use, and shared by every evaluation, so a
/// snapshot made once serves any number of <c>Evaluate</c> and <c>EvaluateBatch</c> calls.
/// </summary>
public sealed class FactSnapshot
{
    private readonly Lazy<SnapshotIndex> _index;

    private FactSnapshot(CustomerTenant[] tenants, Subscription[] subscriptions, Partner[] partners, Association[] associations)
    {
        Tenants = tenants;
        Subscriptions = subscriptions;
        Partners = partners;
        Associations = associations;
        _index = new Lazy<SnapshotIndex>(() => new SnapshotIndex(tenants, subscriptions, partners, associations), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A snapshot that knows nothing.</summary>
    public static FactSnapshot Empty { get; } = Create([], [], [], []);

    /// <summary>The customer tenants.</summary>
    public IReadOnlyList<CustomerTenant> Tenants { get; }

    /// <summary>The subscriptions.</summary>
    public IReadOnlyList<Subscription> Subscriptions { get; }

    /// <summary>The partner IDs.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>The approved associations (incumbents).</summary>
    public IReadOnlyList<Association> Associations { get; }

    /// <summary>The facts keyed for the lookups an evaluation makes, built once on first use.</summary>
    internal SnapshotIndex Index => _index.Value;

    /// <summary>Creates a snapshot. The lists are copied.</summary>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/> or holds a <see langword="null"/> entry.</exception>
    public static FactSnapshot Create(
        IEnumerable<CustomerTenant> tenants,
        IEnumerable<Subscription> subscriptions,
        IEnumerable<Partner> partners,
        IEnumerable<Association> associations)
        => new(Copy(tenants), Copy(subscriptions), Copy(partners), Copy(associations));

    private static T[] Copy<T>(IEnumerable<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var copy = items.ToArray();
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentNullException(name, $"The list of {typeof(T).Name} facts holds a null entry.");
        }

        return copy;
    }
}
