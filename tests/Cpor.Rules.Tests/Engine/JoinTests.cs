using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class JoinTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 40)];
    private static readonly Order[] Orders = [new(10, 1, 5), new(11, 2, 7), new(12, 1, 9), new(13, 9, 1)];

    [Fact]
    public void Join_OnKey_PairsEachOrderWithItsPerson()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));

        var pairs = Run(rules, People, Orders).Query<Pair>();

        Assert.Equal([(10, 1), (11, 2), (12, 1)], pairs.Select(p => (p.Order.Id, p.Person.Id)));
    }

    [Fact]
    public void Join_KeyWithoutMatch_YieldsNothingForThatFact()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>(o => o.PersonId == 9).Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));

        Assert.Empty(Run(rules, People, Orders).Query<Pair>());
    }

    [Fact]
    public void Join_SeveralMatches_YieldsOnePairEachInFactOrder()
    {
        var rules = Compile(Inline("J", r => r.Match<Person>().Join(OrdersByPerson, p => p.Id).Yield((p, o) => new Pair(o, p))));

        var pairs = Run(rules, People, Orders).Query<Pair>();

        Assert.Equal([10, 12, 11], pairs.Select(p => p.Order.Id));
    }

    [Fact]
    public void Join_WhereOnBothFacts_FiltersPairs()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Where((o, p) => o.Amount > 6 && p.Age > 20).Yield((o, p) => new Pair(o, p))));

        Assert.Equal([11, 12], Run(rules, People, Orders).Query<Pair>().Select(p => p.Order.Id));
    }

    [Fact]
    public void Join_ThirdPattern_ExtendsTheTuple()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>(o => o.Id == 10)
            .Join(PeopleById, o => o.PersonId)
            .Join(OrdersByPerson, (_, p) => p.Id)
            .Yield((o, p, sibling) => new Tagged("J", (o.Id, p.Id, sibling.Id)))));

        Assert.Equal([(10, 1, 10), (10, 1, 12)], Run(rules, People, Orders).Query<Tagged>().Select(t => ((int, int, int))t.Fact));
    }
}
