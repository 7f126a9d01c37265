using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class NotTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 40)];
    private static readonly Order[] Orders = [new(10, 1, 5), new(11, 1, 500)];

    [Fact]
    public void Not_NoFactWithKey_Passes()
    {
        var rules = Compile(Inline("N", r => r.Match<Person>().Not(OrdersByPerson, p => p.Id).Yield(p => new Tagged("N", p))));

        Assert.Equal([People[1]], Run(rules, People, Orders).Query<Tagged>().Select(t => t.Fact));
    }

    [Fact]
    public void Not_WithCondition_OnlyMatchingFactsBlock()
    {
        var rules = Compile(Inline("N", r => r.Match<Person>().Not(OrdersByPerson, p => p.Id, (_, o) => o.Amount > 1_000).Yield(p => new Tagged("N", p))));

        Assert.Equal(2, Run(rules, People, Orders).Query<Tagged>().Count);
    }

    [Fact]
    public void Not_DerivedFacts_SeesEveryProducerFirst()
    {
        // "Big" orders are derived; the Not in a later stratum sees all of them.
        var big = new Cpor.Rules.Engine.FactIndex<Pair, int>("Big orders by person", p => p.Person.Id);
        var rules = Compile(
            Inline("B", r => r.Match<Order>(o => o.Amount > 100).Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))),
            Inline("N", r => r.Match<Person>().Not(big, p => p.Id).Yield(p => new Tagged("N", p))));

        Assert.Equal([People[1]], Run(rules, People, Orders).Query<Tagged>().Select(t => t.Fact));
    }
}
