using Cpor.Rules.Engine;

namespace Cpor.Rules.Tests.Engine;

/// <summary>Small, non-CPOR facts and a way to write a rule inline, so each engine test reads as one rule and its facts.</summary>
public static class EngineFixture
{
    internal static readonly FactIndex<Person, int> PeopleById = new("People by id", p => p.Id);
    internal static readonly FactIndex<Order, int> OrdersByPerson = new("Orders by person", o => o.PersonId);

    internal static CompiledRuleSet Compile(params Rule[] rules) => new RuleRepository().Load(rules).Compile();

    internal static Session Run(CompiledRuleSet rules, IEnumerable<Person>? people = null, IEnumerable<Order>? orders = null, bool trace = false)
    {
        var session = rules.CreateSession(options: new SessionOptions { Trace = trace });
        session.InsertRange(people ?? []);
        session.InsertRange(orders ?? []);
        session.Fire();
        return session;
    }

    internal static Rule Inline(string id, Action<RuleBuilder> define, int priority = 0) => new InlineRule(new RuleMetadata(id, id) { Priority = priority }, define);

    public sealed record Person(int Id, string Name, int Age);

    public sealed record Order(int Id, int PersonId, int Amount);

    public sealed record Tagged(string Rule, object Fact);

    public sealed record Pair(Order Order, Person Person);

    private sealed class InlineRule(RuleMetadata metadata, Action<RuleBuilder> define) : Rule
    {
        public override RuleMetadata Metadata { get; } = metadata;

        public override void Define(RuleBuilder rule) => define(rule);
    }
}
