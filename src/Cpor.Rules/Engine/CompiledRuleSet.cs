using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>
/// Rules compiled once into their firing order: stratum, then priority (higher first), then id. Immutable and
/// thread-safe: share one instance and create a <see cref="Session"/> per evaluation.
/// </summary>
public sealed class CompiledRuleSet
{
    internal CompiledRuleSet(RuleSetLayout layout, RuleInfo[] firingOrder)
    {
        Layout = layout;
        FiringOrder = firingOrder;
        Rules = [.. firingOrder.Select(r => r.Metadata)];
        var strata = new List<List<string>>();
        foreach (var rule in firingOrder)
        {
            while (strata.Count <= rule.Stratum)
            {
                strata.Add([]);
            }

            strata[rule.Stratum].Add(rule.Id);
        }

        Strata = [.. strata.Select(s => (IReadOnlyList<string>)s.AsReadOnly())];
    }

    /// <summary>The rules, in firing order.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    /// <summary>The rule ids of each stratum, in firing order. Stratum 0 consumes no fact type that a rule yields.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Strata { get; }

    internal RuleSetLayout Layout { get; }

    internal RuleInfo[] FiringOrder { get; }

    /// <summary>Starts a session.</summary>
    /// <param name="facts">Shared reference facts the rules also see; defaults to none.</param>
    /// <param name="options">How the session runs; defaults to <see cref="SessionOptions.Default"/> (no tracing).</param>
    public Session CreateSession(FactBase? facts = null, SessionOptions? options = null) => new(this, facts, options);

    /// <summary>
    /// Starts a partitioned session: facts are routed to <paramref name="partitions"/> independent sessions by a
    /// partition key, and the partitions fire in parallel. Correct when no rule joins or groups facts across
    /// partitions (for example, every key the rules use includes the partition key).
    /// </summary>
    /// <param name="partitions">How many partitions; at least 1.</param>
    /// <param name="facts">Shared reference facts every partition sees; defaults to none.</param>
    /// <param name="options">How the sessions run; defaults to <see cref="SessionOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is less than 1.</exception>
    public PartitionedSession CreatePartitionedSession(int partitions, FactBase? facts = null, SessionOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        return new PartitionedSession(this, partitions, facts, options);
    }
}
