using Cpor.Rules.Engine;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

/// <summary>
/// The engine against naive evaluation on random fact sets. 300 cases each: small sets (0..40 facts, keys 0..8, so
/// duplicate and missing keys are common) run in milliseconds, and 300 covers empty sets, single keys and dense keys.
/// </summary>
public sealed class EnginePropertyTests
{
    private static readonly CompiledRuleSet JoinRules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));
    private static readonly CompiledRuleSet JoinAllRules = Compile(Inline("A", r => r.Match<Person>().JoinAll(OrdersByPerson, p => p.Id).Yield((p, os) => new Tagged("A", (p.Id, string.Join(",", os.Select(o => o.Id)))))));
    private static readonly CompiledRuleSet NotRules = Compile(Inline("N", r => r.Match<Person>().Not(OrdersByPerson, p => p.Id, (_, o) => o.Amount > 50).Yield(p => new Tagged("N", p.Id))));
    private static readonly CompiledRuleSet ExistsRules = Compile(Inline("E", r => r.Match<Person>().Exists(OrdersByPerson, p => p.Id, (_, o) => o.Amount > 50).Yield(p => new Tagged("E", p.Id))));
    private static readonly CompiledRuleSet CollectRules = Compile(Inline("C", r => r.Collect<Order, int>(o => o.PersonId).Yield(g => new Tagged("C", (g.Key, string.Join(",", g.ToArray().Select(o => o.Id)))))));

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Join_Random_EqualsNestedLoop(Person[] people, Order[] orders)
    {
        var engine = Run(JoinRules, people, orders).Query<Pair>().Select(p => (p.Order.Id, p.Person.Id)).Order();
        var naive = (from o in orders from p in people where p.Id == o.PersonId select (o.Id, p.Id)).Order();
        return engine.SequenceEqual(naive);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool JoinAll_Random_EqualsNaiveFilter(Person[] people, Order[] orders)
    {
        var engine = Run(JoinAllRules, people, orders).Query<Tagged>().Select(t => ((int, string))t.Fact);
        var naive = people.Select(p => (p.Id, string.Join(",", orders.Where(o => o.PersonId == p.Id).Select(o => o.Id))));
        return engine.SequenceEqual(naive);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool NotAndExists_Random_PartitionThePeopleLikeANaiveScan(Person[] people, Order[] orders)
    {
        var not = Run(NotRules, people, orders).Query<Tagged>().Select(t => (int)t.Fact);
        var exists = Run(ExistsRules, people, orders).Query<Tagged>().Select(t => (int)t.Fact);
        var naiveExists = people.Where(p => orders.Any(o => o.PersonId == p.Id && o.Amount > 50)).Select(p => p.Id);
        var naiveNot = people.Where(p => !orders.Any(o => o.PersonId == p.Id && o.Amount > 50)).Select(p => p.Id);
        return not.SequenceEqual(naiveNot) && exists.SequenceEqual(naiveExists);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Collect_Random_EqualsNaiveGroupBy(Order[] orders)
    {
        var engine = Run(CollectRules, orders: orders).Query<Tagged>().Select(t => ((int, string))t.Fact);
        var naive = orders.GroupBy(o => o.PersonId).Select(g => (g.Key, string.Join(",", g.Select(o => o.Id))));
        return engine.SequenceEqual(naive);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Fire_ShuffledInsertion_SameDerivedFacts(Person[] people, Order[] orders, int seed)
    {
        var random = new Random(seed);
        var shuffledPeople = people.OrderBy(_ => random.Next()).ToArray();
        var shuffledOrders = orders.OrderBy(_ => random.Next()).ToArray();
        var first = Run(JoinRules, people, orders).Query<Pair>().Select(p => (p.Order.Id, p.Person.Id)).Order();
        var second = Run(JoinRules, shuffledPeople, shuffledOrders).Query<Pair>().Select(p => (p.Order.Id, p.Person.Id)).Order();
        return first.SequenceEqual(second);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Fire_PartitionedByPerson_EqualsSequential(Person[] people, Order[] orders)
    {
        var sequential = Run(JoinRules, people, orders).Query<Pair>().Select(p => (p.Order.Id, p.Person.Id)).Order();
        var partitioned = JoinRules.CreatePartitionedSession(3);
        partitioned.InsertRange(people, p => p.Id);
        partitioned.InsertRange(orders, o => o.PersonId);
        partitioned.Fire(2);
        return sequential.SequenceEqual(partitioned.Query<Pair>().Select(p => (p.Order.Id, p.Person.Id)).Order());
    }

    public static class Arbitraries
    {
        public static Arbitrary<Person[]> People()
            => Gen.Choose(0, 8).Select(id => new Person(id, "p" + id, id * 7)).ArrayOf().Select(ps => ps.Take(40).ToArray()).ToArbitrary();

        public static Arbitrary<Order[]> Orders()
            => Gen.Choose(0, 8).Zip(Gen.Choose(0, 100))
                .ArrayOf()
                .Select(xs => xs.Take(40).Select((x, i) => new Order(i, x.Item1, x.Item2)).ToArray())
                .ToArbitrary();
    }
}
