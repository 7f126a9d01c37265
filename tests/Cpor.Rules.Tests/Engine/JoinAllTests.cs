using Cpor.Rules.Engine;
using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class JoinAllTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 40), new(3, "Cy", 50)];
    private static readonly Order[] Orders = [new(10, 1, 5), new(11, 2, 7), new(12, 1, 9)];

    [Fact]
    public void JoinAll_EveryFact_GetsAllItsMatchesPossiblyNone()
    {
        var rules = Compile(Inline("A", r => r.Match<Person>().JoinAll(OrdersByPerson, p => p.Id)
            .Yield((p, orders) => new Tagged("A", (p.Id, string.Join(",", orders.Select(o => o.Id)))))));

        var derived = Run(rules, People, Orders).Query<Tagged>().Select(t => ((int, string))t.Fact);

        Assert.Equal([(1, "10,12"), (2, "11"), (3, "")], derived);
    }

    [Fact]
    public void JoinAll_Matches_CountAndFirstAreConsistent()
    {
        Matches<Order> seen = default;
        var rules = Compile(Inline("A", r => r.Match<Person>(p => p.Id == 1).JoinAll(OrdersByPerson, p => p.Id).Do((_, orders) => seen = orders)));

        Run(rules, People, Orders);

        Assert.Equal(2, seen.Count);
        Assert.Equal(10, seen.First().Id);
        Assert.False(seen.IsEmpty);
    }

    [Fact]
    public void Matches_Empty_FirstThrows()
    {
        var session = Compile(Inline("A", r => r.Match<Person>().Do(_ => { }))).CreateSession();

        var none = session.Lookup(OrdersByPerson, 42);

        Assert.True(none.IsEmpty);
        Assert.Throws<InvalidOperationException>(() => none.First());
    }
}
