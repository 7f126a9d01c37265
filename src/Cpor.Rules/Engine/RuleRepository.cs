using Cpor.Rules.Engine.Runtime;

namespace Cpor.Rules.Engine;

/// <summary>Collects rules and compiles them into an immutable, thread-safe <see cref="CompiledRuleSet"/>.</summary>
public sealed class RuleRepository
{
    private readonly List<Rule> _rules = [];

    /// <summary>The rules loaded so far, in load order.</summary>
    public IReadOnlyList<Rule> Rules => _rules;

    /// <summary>Adds a rule.</summary>
    /// <returns>This repository, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public RuleRepository Load(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds rules, in order.</summary>
    /// <returns>This repository, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/> or holds a <see langword="null"/> rule.</exception>
    public RuleRepository Load(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            Load(rule);
        }

        return this;
    }

    /// <summary>
    /// Compiles the loaded rules: each rule's <see cref="Rule.Define"/> runs once, the set is checked, and the rules
    /// are ordered into strata by the fact types they consume and yield.
    /// </summary>
    /// <exception cref="RuleSetException">
    /// Two rules share an id; a rule declares no action or more than one chain; or rules depend on each other in a
    /// cycle through the fact types they yield (including a rule that consumes what it yields). The message names the
    /// rules and types involved.
    /// </exception>
    public CompiledRuleSet Compile()
    {
        var duplicates = _rules.GroupBy(r => r.Metadata.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new RuleSetException($"Rule ids must be unique; these are used more than once: {string.Join(", ", duplicates)}.");
        }

        var layout = new RuleSetLayout();
        var infos = new List<RuleInfo>(_rules.Count);
        foreach (var rule in _rules)
        {
            var info = new RuleInfo(rule.Metadata);
            try
            {
                rule.Define(new RuleBuilder(layout, info));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                throw new RuleSetException($"Rule {info.Id} could not be defined: {ex.Message}", ex);
            }

            if (info.Source is null)
            {
                throw new RuleSetException($"Rule {info.Id} declares no action; end its pattern chain with Yield, YieldMany or Do.");
            }

            infos.Add(info);
        }

        Stratify(infos);
        var order = infos
            .OrderBy(r => r.Stratum)
            .ThenByDescending(r => r.Metadata.Priority)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        return new CompiledRuleSet(layout, order);
    }

    private static void Stratify(List<RuleInfo> rules)
    {
        var producers = new Dictionary<Type, List<RuleInfo>>();
        foreach (var rule in rules)
        {
            foreach (var type in rule.Produces)
            {
                if (!producers.TryGetValue(type, out var list))
                {
                    producers[type] = list = [];
                }

                list.Add(rule);
            }
        }

        var state = new Dictionary<RuleInfo, int>(ReferenceEqualityComparer.Instance);
        var path = new List<(RuleInfo Rule, Type Via)>();
        foreach (var rule in rules)
        {
            Visit(rule, null);
        }

        int Visit(RuleInfo rule, Type? via)
        {
            if (state.TryGetValue(rule, out var seen))
            {
                if (seen == -1)
                {
                    throw Cycle(rule, via!);
                }

                return rule.Stratum;
            }

            state[rule] = -1;
            path.Add((rule, via!));
            var stratum = 0;
            foreach (var type in rule.Consumes.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (!producers.TryGetValue(type, out var makers))
                {
                    continue;
                }

                foreach (var maker in makers)
                {
                    stratum = Math.Max(stratum, Visit(maker, type) + 1);
                }
            }

            path.RemoveAt(path.Count - 1);
            rule.Stratum = stratum;
            state[rule] = 1;
            return stratum;
        }

        RuleSetException Cycle(RuleInfo again, Type via)
        {
            var start = path.FindIndex(p => ReferenceEquals(p.Rule, again));
            var steps = path.Skip(start).Select(p => p.Rule.Id).Append(again.Id);
            var types = path.Skip(start + 1).Select(p => p.Via.Name).Append(via.Name).Distinct();
            return new RuleSetException(
                $"Rules depend on each other in a cycle: {string.Join(" <- ", steps)} (through {string.Join(", ", types)}). " +
                "A rule may not consume, directly or through other rules, a fact type it yields; split the fact type in two.");
        }
    }
}
